return {
  id = "secrets.middesk-test-api-key",
  title = "Middesk sandbox API key",
  severity = "medium",
  tags = { "secrets", "middesk" },
  applies_to = { "*" },
  help = [=[A Middesk test API key (`mk_test_…`) for the sandbox, which works with mock data only; a committed test key is a sign that the live key is handled the same way.

**Fix:** Delete the key in the Middesk dashboard (*Settings > Developer > Credentials*) and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.middesk.com/build/api-keys",
  },
  pattern = [=[\b(mk_test_[A-Za-z0-9]{20,64})\b]=],
  keywords = { "mk_test_" },
  entropy = 3.5,
  examples = {
    [=[MIDDESK_API_KEY=mk_test_0pHaBhshHak2qZlogjKHsXpxgx4FI3xT]=],
    [=[curl https://api-sandbox.middesk.com/v1/businesses -u mk_test_FrAsvHdFvMpb5foCPnz77aChK9voCYGD:]=],
  },
  negative_examples = {
    [=[curl https://api-sandbox.middesk.com/v1/businesses -u mk_test_YOUR_API_KEY:]=],
    [=[MIDDESK_API_KEY=mk_live_9kUzU96C2eAXN0fnAVgj7Bd96UCG9PVQ]=],
    [=[MIDDESK_API_KEY=mk_test_5Hn0ZM51Vqh1]=],
  },
}

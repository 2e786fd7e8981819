return {
  id = "secrets.middesk-live-api-key",
  title = "Middesk live API key",
  severity = "high",
  tags = { "secrets", "middesk" },
  applies_to = { "*" },
  help = [=[A Middesk live API key (`mk_live_…`). It calls the production Middesk API: it orders business verifications and KYB reports (billed to the account) and reads the businesses, officers, documents and reports already gathered.

**Fix:** Delete the key in the Middesk dashboard (*Settings > Developer > Credentials*), create a replacement, and review businesses and orders created since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.middesk.com/build/api-keys",
    "https://docs.middesk.com/reference/authentication-new-1",
  },
  pattern = [=[\b(mk_live_[A-Za-z0-9]{20,64})\b]=],
  keywords = { "mk_live_" },
  entropy = 3.5,
  examples = {
    [=[MIDDESK_API_KEY=mk_live_9kUzU96C2eAXN0fnAVgj7Bd96UCG9PVQ]=],
    [=[curl https://api.middesk.com/v1/businesses -u mk_live_oax3mapO20U0CCXoDiRGyZpaOOMMjscQ:]=],
  },
  negative_examples = {
    [=[Authorization: Bearer mk_live_YOUR_API_KEY]=],
    [=[MIDDESK_API_KEY=mk_test_0pHaBhshHak2qZlogjKHsXpxgx4FI3xT]=],
    [=[MIDDESK_API_KEY=mk_live_HSwQoHXgPs6J]=],
  },
}

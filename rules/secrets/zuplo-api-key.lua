return {
  id = "secrets.zuplo-api-key",
  title = "Zuplo API key",
  severity = "medium",
  tags = { "secrets", "zuplo" },
  applies_to = { "*" },
  help = [[An API key issued by Zuplo's managed API key service: either a consumer key for an API that runs behind a Zuplo gateway (many public APIs hand these to their customers) or a key for Zuplo's own Developer API and CLI. It authenticates as its consumer, with the consumer's metadata, quotas and permissions on that API.

**Fix:** Roll the key: delete it (or let Zuplo's leak detection revoke it) in the API's developer portal or in the Zuplo portal under the consumer, issue a new one, and keep it in the secret store of whatever calls the API. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://zuplo.com/docs/articles/api-key-best-practices",
    "https://zuplo.com/docs/concepts/api-keys",
  },
  -- Zuplo documents the format zpka_<random>_<checksum>; issued keys have a 32-hex-digit random part and an 8-hex-
  -- digit checksum. Lengths are given as ranges in case other key generations differ.
  pattern = [[\b(zpka_[a-f0-9]{24,64}_[a-f0-9]{6,12})\b]],
  keywords = { "zpka_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[ACCUWEATHER_API_KEY=zpka_a432d7be027697ea8eb13e420d0bd05a_6457a4d1]],
    [[curl -H 'Authorization: Bearer zpka_3928357b24dcbb339db4948d12d368ff_a016862d' https://api.acme.dev/v1/orders]],
  },
  negative_examples = {
    [[API_KEY=zpka_test_key_1234567890]],
    [[API_KEY=${ZUPLO_API_KEY}]],
    [[API_KEY=zpka_a43efb2ff93bcb2f26c71470c16aaee6]],
  },
}

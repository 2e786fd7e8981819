return {
  id = "secrets.mailgun-api-key",
  title = "Mailgun API key (key- format)",
  severity = "high",
  tags = { "secrets", "mailgun" },
  applies_to = { "*" },
  help = [[A Mailgun account or domain sending API key in the `key-` format. It sends mail through the account's domains and, for account keys, manages domains, routes and webhooks.

**Fix:** Delete or regenerate the key in Mailgun (*API Security*) and create a domain-scoped sending key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
    "https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials",
  },
  pattern = [[\b(key-[0-9a-f]{32})\b]],
  keywords = { "key-" },
  entropy = 3.2,
  examples = {
    [[MAILGUN_API_KEY=key-bf20fcd53de8f0063ba6f023fb76fc2a]],
    [[  mailgun_key: "key-c96fd869f10ef8254c42f04a6ac8870c"]],
  },
  negative_examples = {
    [[MAILGUN_API_KEY=key-<your api key>]],
    [[cache_key-3f1e6a9c0b2d4e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d]],
  },
}

return {
  id = "secrets.algolia-admin-key",
  title = "Algolia admin or write API key",
  severity = "high",
  tags = { "secrets", "algolia" },
  applies_to = { "*" },
  help = [[An Algolia Admin API key (or another write-capable key). It adds, changes and deletes indices and records, and manages the application's other API keys.

**Fix:** Regenerate the Admin API key (*Settings > API Keys*) or delete the write key, then redeploy back ends from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.algolia.com/doc/guides/security/api-keys/",
    "https://www.algolia.com/doc/guides/security/security-best-practices/",
  },
  pattern = [[(?i:(?:algolia)[\w.\-]{0,30}?(?:admin|write|secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "algolia" },
  entropy = 3.2,
  examples = {
    [[ALGOLIA_ADMIN_KEY=6c06b8cb142f58d259ab7ea8e7edf876]],
    [[  algolia_admin_api_key: "9d8dcdcc8f1781355bab110059958bd6"]],
  },
  negative_examples = {
    [[ALGOLIA_SEARCH_KEY=6be0576ff61c053d5f9a3225e2a90f76]],
    [[ALGOLIA_APP_ID=LATENCY1A2]],
  },
}

return {
  id = "secrets.fullstory-api-key",
  title = "Fullstory API key",
  severity = "high",
  tags = { "secrets", "fullstory" },
  applies_to = { "*" },
  help = [[A Fullstory server API key. With Standard permission it creates and updates users and events; with Admin or Architect permission it also reads and exports session, user and event data captured from the product's visitors, and deletes it.

**Fix:** Delete or regenerate the key in Fullstory (*Settings > Integrations > API Keys*) and create a replacement with the lowest permission level that works. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.fullstory.com/server/authentication/",
    "https://developer.fullstory.com/server/getting-started/",
    "https://help.fullstory.com/hc/en-us/articles/360052021773-Managing-API-Keys",
  },
  pattern = [[(?i:(?:fullstory|\bfs_)\w*?(?:key|token|secret)\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:na1|eu1)\.?[A-Za-z0-9+/_\-]{24,200}={0,2})(?:[^A-Za-z0-9+/=_\-]|$)]],
  keywords = { "fullstory", "fs_" },
  entropy = 3.5,
  examples = {
    [[FULLSTORY_API_KEY=na1.SLEyy2GiFEI2hK2kMHeXrICyZLIUnW6nEz-HZ6bWhY-Ly14n]],
    [[  fullstory_api_key: "eu1.6gJZnc8CH6utXl9EOY1UrjRd41ceJ0LAOU7V_lxQBDuf7rrH"]],
  },
  negative_examples = {
    [[FULLSTORY_API_KEY=na1.YOUR_API_KEY]],
    [[FULLSTORY_API_KEY=${FULLSTORY_API_KEY}]],
    [[FULLSTORY_ORG_ID=o-1AB2C3-na1]],
  },
}

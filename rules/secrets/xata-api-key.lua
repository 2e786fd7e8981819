return {
  id = "secrets.xata-api-key",
  title = "Xata API key",
  severity = "high",
  tags = { "secrets", "xata" },
  applies_to = { "*" },
  help = [[A Xata personal or organization API key (`xau_…`). Xata documents that these keys have unrestricted permissions on the databases they can reach: they read and write every table and can delete databases, and personal keys also log the Xata CLI in as the user.

**Fix:** Delete or regenerate the key in Xata (*Account settings > Personal API keys*, or the organization's API keys page); regenerating invalidates the old value immediately. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://xata.io/docs/messages/api-key-browser-error",
    "https://xata.io/docs/rest-api/authentication",
    "https://xata.io/documentation/platform/api-key",
  },
  pattern = [[\b(xau_[A-Za-z0-9]{20,64})\b]],
  keywords = { "xau_" },
  entropy = 3.5,
  examples = {
    [[XATA_API_KEY=xau_eKBVk3WAT6bp9K5vpjRCRsfxcKUgpTVW]],
    [[  apiKey: "xau_rwJC513NeTJe7C0NI5LuHDIprGdBiEi6"]],
  },
  negative_examples = {
    [[XATA_API_KEY=xau_xyz123]],
    [[XATA_API_KEY=xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[price_table: xau_intraday_research_cache_5m]],
  },
}

return {
  id = "secrets.aftership-api-key",
  title = "AfterShip API key",
  severity = "high",
  tags = { "secrets", "aftership" },
  applies_to = { "*" },
  help = [[An AfterShip API key, sent in the `as-api-key` header (older integrations: `aftership-api-key`). Depending on the permissions chosen when it was created it reads and creates trackings (with customer names, e-mail addresses, phone numbers and delivery addresses), shipping labels and returns for the organization.

**Fix:** Delete the key in AfterShip (*Settings > API keys*) and create a new one with only the admin API permissions the integration needs. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://www.aftership.com/docs/aftership/quickstart/authentication",
    "https://support.aftership.com/en/tracking/article/how-to-generate-aftership-api-key-12cuqj2/",
  },
  pattern = [[(?i:(?:aftership|after_ship|\bas-api-key)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:asat_)?[0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "aftership", "after_ship", "as-api-key" },
  entropy = 3.0,
  examples = {
    [[AFTERSHIP_API_KEY=f0ad38cbe4f7aca1ba5558ec0a6feba9]],
    [[curl -H 'as-api-key: asat_fcfc86577ccd650cacd97a43fb767e28' https://api.aftership.com/tracking/2024-04/trackings]],
  },
  negative_examples = {
    [[AFTERSHIP_API_KEY=2caf3ce24fc953cc029992ca]],
    [[AFTERSHIP_API_KEY=YOUR_API_KEY]],
    [[AFTERSHIP_API_KEY=${AFTERSHIP_API_KEY}]],
  },
}

return {
  id = "secrets.vonage-api-secret",
  title = "Vonage (Nexmo) API secret",
  severity = "high",
  tags = { "secrets", "vonage" },
  applies_to = { "*" },
  help = [[A Vonage (formerly Nexmo) API secret. With the 8-character API key it authenticates the account's SMS, Voice and Verify APIs.

**Fix:** Rotate the secret in the Vonage API Dashboard (*Settings > API secrets*: add a new one, deploy, delete the old). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.vonage.com/en/getting-started/concepts/authentication",
    "https://developer.vonage.com/en/account/secret-management",
  },
  pattern = [[(?i:(?:vonage|nexmo)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{16})\b]],
  keywords = { "vonage", "nexmo" },
  entropy = 3.3,
  examples = {
    [[VONAGE_API_SECRET=5zAFX5tF5F0dOWL6]],
    [[  nexmo_api_secret: "mhal0Zm7RKAqWjLl"]],
  },
  negative_examples = {
    [[VONAGE_API_KEY=a1b2c3d4]],
    [[VONAGE_API_SECRET=xxxxxxxxxxxxxxxx]],
  },
}

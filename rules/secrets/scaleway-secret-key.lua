return {
  id = "secrets.scaleway-secret-key",
  title = "Scaleway API secret key",
  severity = "critical",
  tags = { "secrets", "scaleway" },
  applies_to = { "*" },
  help = [[The secret half of a Scaleway API key. With the access key ID (`SCW` + 17 characters, not secret on its own) it authenticates API calls with the IAM policies of the user or application that owns it.

**Fix:** Delete the API key in the Scaleway console (IAM > API keys) and create a new one bound to a narrowly scoped IAM application. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/",
    "https://www.scaleway.com/en/docs/iam/concepts/#api-key",
  },
  pattern = [[(?i)(?:\b(?:scw|scaleway)[\w.\-]{0,20}secret[\w.\-]{0,10})["']?[ \t]*(?:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "scw", "scaleway" },
  entropy = 3.0,
  examples = {
    [[SCW_SECRET_KEY=9f9fbc75-241b-4d12-b182-f2480c07dd48]],
    [[provider "scaleway" {
  access_key = "SCWRQBIMBOUM5Q49TWCU"
  scw_secret_key = "36e9afb5-f46d-4310-96c5-727c18c3e378"
}]],
    [[scaleway_secret_key: 242b0e62-7e43-4ef2-9e6d-96a875f1d017]],
  },
  negative_examples = {
    [[SCW_SECRET_KEY=${SCW_SECRET_KEY}]],
    [[SCW_DEFAULT_PROJECT_ID=46cfa806-4610-4cc7-a567-be9c6a10ed00]],
    [[SCW_ACCESS_KEY=SCWPCT7HANK3YNZNHQ0A]],
  },
}

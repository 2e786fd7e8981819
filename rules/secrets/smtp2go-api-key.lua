return {
  id = "secrets.smtp2go-api-key",
  title = "SMTP2GO API key",
  severity = "high",
  tags = { "secrets", "smtp2go" },
  applies_to = { "*" },
  help = [[An SMTP2GO API key (`api-`). It authenticates every call to the SMTP2GO API that its permissions allow: sending email from the account's verified senders, and reading statistics, activity, suppressions and sub-account settings.

**Fix:** Delete or disable the key in SMTP2GO (*Sending > API Keys*) and add a new one with only the endpoints it needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.smtp2go.com/docs/getting-started",
  },
  pattern = [[(?:^|[^A-Za-z0-9_\-])(api-[A-Za-z0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "api-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[SMTP2GO_API_KEY=api-48AD9C4E1BC8D61CFE001C5914B02088]],
    [[  "api_key": "api-Zoivl49tg6yJaXr2IXSqXyb2uPQOjbOd",]],
  },
  negative_examples = {
    [[SMTP2GO_API_KEY=api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]],
    [[SMTP2GO_API_KEY=${SMTP2GO_API_KEY}]],
    [[url: https://my-api-gateway.internal/api-v1]],
  },
}

return {
  id = "secrets.twilio-auth-token",
  title = "Twilio auth token",
  severity = "critical",
  tags = { "secrets", "twilio" },
  applies_to = { "*" },
  help = [[A Twilio account auth token. With the account SID it authenticates every API call of the account (and its subaccounts): sending SMS and calls at the account's expense, reading message logs and recordings.

**Fix:** Delete the API key (Console *> Account > API keys & tokens*) or promote the secondary auth token and rotate it, then review the account's usage and message logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.twilio.com/docs/iam/api/authtoken",
    "https://www.twilio.com/docs/usage/requests-to-twilio",
  },
  pattern = [[(?i:(?:twilio)[\w.\-]{0,30}?(?:auth|token|secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "twilio" },
  entropy = 3.2,
  examples = {
    [[TWILIO_AUTH_TOKEN=de8a5aaff3273c5ab5ecd96ec9a8a1c4]],
    [[  twilio_auth_token: "4b3c22e4f19c97ddc876d970737cfa42"]],
    [[twilio.auth_token = 'a3ee1d62c2b2c9e786e1650508fb9afc']],
  },
  negative_examples = {
    [[TWILIO_AUTH_TOKEN=your_auth_token]],
    [[TWILIO_PHONE_NUMBER=+15005550006]],
    [[twilio_payload_md5: ba1e1dbf5a5ab5e71f42f87876750ba2]],
  },
}

return {
  id = "secrets.sendgrid-api-key",
  title = "SendGrid API key",
  severity = "high",
  tags = { "secrets", "sendgrid" },
  applies_to = { "*" },
  help = [[A Twilio SendGrid API key (`SG.`). It sends e-mail from the account's verified domains and, with full access, manages templates, suppressions, subusers and other keys.

**Fix:** Delete the key in SendGrid (*Settings > API Keys*) and create a new restricted key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
  },
  pattern = [[\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "SG." },
  entropy = 4.0,
  examples = {
    [[SENDGRID_API_KEY=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]],
    [[  sendgrid_api_key: "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"]],
  },
  negative_examples = {
    [[SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[SENDGRID_API_KEY=SG.ih-JHa8TA8SXhHLuLu742S.JYf2wrgNm9Nu5m-hH0KKrpP0FYDNhBp5zHRzWFY1]],
  },
}

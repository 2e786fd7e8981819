return {
  id = "secrets.mailersend-api-token",
  title = "MailerSend API token",
  severity = "high",
  tags = { "secrets", "mailersend" },
  applies_to = { "*" },
  help = [[A MailerSend API token (`mlsn.`). It sends email and SMS from the account's verified domains and, depending on its permissions, reads activity and analytics, manages domains, templates, webhooks, suppressions and other API tokens.

**Fix:** Pause or delete the token in MailerSend (*Integrations > API tokens > Manage*) and generate a replacement with custom access limited to what the sender needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.mailersend.com/help/managing-api-tokens",
    "https://developers.mailersend.com/api/v1/tokens.html",
  },
  pattern = [[\b(mlsn\.[0-9a-f]{64})\b]],
  keywords = { "mlsn." },
  entropy = 3.5,
  examples = {
    [[MAILERSEND_API_KEY=mlsn.3a1547b4fbb2943fe86167e6e76f770d5f969dd80ffd5fcfde8cfd65699c5acd]],
    [[    apiKey: "mlsn.52df979e91ee81f577b1665629e2ed1149e0bc8ea35dcc16324df5ce48b0e97a",]],
  },
  negative_examples = {
    [[MAILERSEND_API_KEY=mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[MAILERSEND_API_KEY=${MAILERSEND_API_KEY}]],
    [[MAILERSEND_API_KEY=mlsn.3a1547b4fbb2943fe86167e6e76f770d5f969dd8]],
  },
}

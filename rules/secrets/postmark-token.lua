return {
  id = "secrets.postmark-token",
  title = "Postmark server or account token",
  severity = "high",
  tags = { "secrets", "postmark" },
  applies_to = { "*" },
  help = [[A Postmark server API token (sends mail and reads the server's message streams) or account API token (manages servers, domains and sender signatures).

**Fix:** Regenerate the token in Postmark (*Server > API Tokens*, or *Account > API Tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://postmarkapp.com/developer/api/overview#authentication",
    "https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens",
  },
  pattern = [[(?i:(?:postmark)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "postmark" },
  entropy = 3.2,
  examples = {
    [[POSTMARK_SERVER_TOKEN=e039ea76-f045-d65a-24b7-e2844159b3a3]],
    [[curl -H 'X-Postmark-Server-Token: 56886ac2-00f5-5b82-e242-90e7150c591e' https://api.postmarkapp.com/email]],
  },
  negative_examples = {
    [[POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST]],
    [[POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000]],
  },
}

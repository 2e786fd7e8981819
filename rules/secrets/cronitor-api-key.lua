return {
  id = "secrets.cronitor-api-key",
  title = "Cronitor API key",
  severity = "medium",
  tags = { "secrets", "cronitor" },
  applies_to = { "*" },
  help = [[A Cronitor API key. The telemetry key sends pings and metrics for job and heartbeat monitors (a leaked one can fake successful runs or create monitors); the SDK integration key and custom keys also read and change monitors, status pages, issues and notification settings.

**Fix:** Delete or regenerate the key on Cronitor's *Settings > API* page and create a replacement with only the scopes the integration needs (`monitor:telemetry` for jobs that only ping). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://cronitor.io/docs/api",
    "https://cronitor.io/docs/telemetry-api",
    "https://cronitor.io/docs/api-keys",
  },
  pattern = [[(?:\bcronitor\.link/p/|(?i:cronitor\w*?(?:key|token)\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([A-Za-z0-9]{24,64})\b]],
  keywords = { "cronitor" },
  entropy = 3.5,
  examples = {
    [[curl https://cronitor.link/p/kafgeu1dRBPr2ng829CZkmKdWtTIaEXX/nightly-backup?state=complete]],
    [[CRONITOR_API_KEY=n2vlrlpEzgGOSDNCQjVa2xVIhq8pOC5X]],
  },
  negative_examples = {
    [[curl https://cronitor.link/p/<API-KEY>/nightly-job?state=run]],
    [[CRONITOR_API_KEY=${CRONITOR_API_KEY}]],
    [[curl https://cronitor.link/p/:apiKey/:monitorKey]],
  },
}

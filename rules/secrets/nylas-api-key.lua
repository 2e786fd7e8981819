return {
  id = "secrets.nylas-api-key",
  title = "Nylas v3 API key",
  severity = "high",
  tags = { "secrets", "nylas" },
  applies_to = { "*" },
  help = [=[A Nylas v3 application API key (`nyk_` prefix, currently `nyk_v0_…`), sent as a Bearer token. It acts for the whole Nylas application: reading and sending email, reading and changing calendars, events and contacts of every grant (connected user account) of the application, and managing grants, connectors and webhooks.

**Fix:** Delete the key in the Nylas Dashboard (*your application > API Keys*) or through the admin API, create a replacement with a short expiry, and review the application's grants and webhooks for changes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.nylas.com/docs/dashboard/",
    "https://developer.nylas.com/docs/reference/api/manage-api-keys/",
    "https://github.com/nylas/cli/blob/main/docs/troubleshooting/auth.md",
  },
  pattern = [=[\b(nyk_v[0-9]+_[A-Za-z0-9]{40,100})\b]=],
  keywords = { "nyk_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [=[NYLAS_API_KEY=nyk_v0_I8xiVyJkjFEkHhpRqRR3lWS6WNCgghc8NARc1PgLVjPIQlG5aB3ghUGbLdpWzhSo]=],
    [=[    "Authorization": "Bearer nyk_v0_ZRVKX8KU1wBYE6nGKTLl3wQLNMiEDv5UEvfUMdjZXtXBo7F1NtyDxnOvZRaZkAEV",]=],
  },
  negative_examples = {
    [=[NYLAS_API_KEY=nyk_v0_xxxxxxxxxxxxxxxxxxxxx]=],
    [=[NYLAS_API_KEY=nyk_v0_...]=],
    [=[NYLAS_API_KEY=${NYLAS_API_KEY}]=],
  },
}

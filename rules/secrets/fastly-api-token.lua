return {
  id = "secrets.fastly-api-token",
  title = "Fastly API token",
  severity = "high",
  tags = { "secrets", "fastly" },
  applies_to = { "*" },
  help = [[A Fastly API token. Depending on its scope (global, purge_select, purge_all, global:read) it changes service configuration and VCL, purges caches or reads account data.

**Fix:** Revoke the token (Account > Personal API tokens, or `DELETE /tokens/self`) and review the account's event log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.fastly.com/documentation/reference/api/auth-tokens/",
    "https://docs.fastly.com/en/guides/using-api-tokens",
  },
  pattern = [[(?i)(?:\bfastly[\w.\-]{0,20}(?:token|api[_\-]?key|key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "fastly" },
  entropy = 4.0,
  examples = {
    [[FASTLY_API_TOKEN=I6kKQwgqGZMzYgnF3k3_eoaJSP12ksq1]],
    [[  fastly_api_key = "TJG-1HqZnezMVD4DSp7y3HCKCSgVRj3c"]],
  },
  negative_examples = {
    [[FASTLY_API_TOKEN=${FASTLY_API_TOKEN}]],
    [[fastly_service_id: aPGK3x47Mw4lgrx3CWYr00]],
    [[FASTLY_API_TOKEN=8kVDFpYL579SK08o-0MHabnhPv1O]],
  },
}

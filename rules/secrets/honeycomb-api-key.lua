return {
  id = "secrets.honeycomb-api-key",
  title = "Honeycomb configuration API key",
  severity = "high",
  tags = { "secrets", "honeycomb" },
  applies_to = { "*" },
  help = [[A Honeycomb configuration key (or classic key). Depending on its permissions it sends events, manages datasets, columns, triggers, SLOs and markers, and runs queries.

**Fix:** Disable or delete the key in Honeycomb (*Environment settings > API Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.honeycomb.io/configure/environments/manage-api-keys/",
    "https://docs.honeycomb.io/get-started/best-practices/api-keys/",
  },
  pattern = [[(?i:(?:honeycomb)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{22}|[a-f0-9]{32})\b]],
  keywords = { "honeycomb" },
  entropy = 3.5,
  examples = {
    [[HONEYCOMB_API_KEY=iI7xWi10pHF7fWWOx3mIxb]],
    [[curl -H 'X-Honeycomb-Team: YvRYzicuhcvUgGBu5teZ3h' https://api.honeycomb.io/1/auth]],
  },
  negative_examples = {
    [[HONEYCOMB_DATASET=frontend-prod]],
    [[HONEYCOMB_API_KEY=AoqxJEfRqs0L7e1Gnra]],
  },
}

return {
  id = "secrets.healthchecks-api-key",
  title = "Healthchecks.io project API key",
  severity = "medium",
  tags = { "secrets", "healthchecks" },
  applies_to = { "*" },
  help = [[A Healthchecks.io project API key, sent in the `X-Api-Key` header of the Management API. The read-write key creates, updates, pauses and deletes the project's checks and lists its integrations; the read-only key lists checks with their names, schedules, status and ping history.

**Fix:** Revoke the key on the project's *Settings > API Access* page in Healthchecks.io and create a new one; give tools that only display status the read-only key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://healthchecks.io/docs/api/",
    "https://github.com/healthchecks/healthchecks/blob/master/hc/accounts/models.py",
  },
  pattern = [[(?:(?i:(?:healthchecks\w*?|\bhc)_api_?key\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:healthchecks)[^\n]{0,120}?(?i:x-api-key)["']?[ \t]*:[ \t]*["']?)([A-Za-z0-9_\-]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "healthchecks", "hc_api_key", "hc_apikey" },
  entropy = 3.5,
  examples = {
    [[HEALTHCHECKS_API_KEY=jEXsAbb-nvwP1_VFPItlvPST0getShKp]],
    [[curl https://healthchecks.io/api/v3/checks/ --header "X-Api-Key: PP2908gj46Hh0ItNX_8HKp-UGNPnLDJp"]],
  },
  negative_examples = {
    [[HEALTHCHECKS_API_KEY=${HEALTHCHECKS_API_KEY}]],
    [[curl https://healthchecks.io/api/v3/checks/ --header "X-Api-Key: your-api-key"]],
    [[HEALTHCHECKS_PING_URL=https://hc-ping.com/5bf66975-d4c7-4bf5-bcc8-b8d8a82ea278]],
  },
}

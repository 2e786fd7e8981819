return {
  id = "secrets.pagerduty-api-key",
  title = "PagerDuty REST API key",
  severity = "high",
  tags = { "secrets", "pagerduty" },
  applies_to = { "*" },
  help = [[A PagerDuty REST API key (account or user). It reads and changes incidents, schedules, escalation policies and services; a full-access account key administers the account.

**Fix:** Delete the key in PagerDuty (*Integrations > API Access Keys*, or the user's *User Settings*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://support.pagerduty.com/main/docs/api-access-keys",
    "https://developer.pagerduty.com/docs/authentication",
  },
  pattern = [[(?:(?i:pagerduty)[\w.\-]{0,30}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|Token token=)([A-Za-z0-9_+\-]{20})(?:[^A-Za-z0-9_+\-]|$)]],
  keywords = { "pagerduty", "token token=" },
  entropy = 3.5,
  examples = {
    [[PAGERDUTY_TOKEN=llYqqH7HEOBB9tGXX0tS]],
    [[curl -H 'Authorization: Token token=hZKZI0Vc0-DhvtMRFALe' https://api.pagerduty.com/incidents]],
  },
  negative_examples = {
    [[PAGERDUTY_SERVICE_ID=PX3YQ2Z]],
    [[PAGERDUTY_TOKEN=tLb3ynx2wpTNlbXyk]],
  },
}

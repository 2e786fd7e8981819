return {
  id = "secrets.opsgenie-api-key",
  title = "Opsgenie API key",
  severity = "high",
  tags = { "secrets", "opsgenie" },
  applies_to = { "*" },
  help = [[An Opsgenie API key (integration or account API key). Depending on its rights it creates, closes and acknowledges alerts and changes schedules and teams.

**Fix:** Delete the API integration or key in Opsgenie (*Settings > API key management* or the integration page). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.opsgenie.com/docs/authentication",
    "https://support.atlassian.com/opsgenie/docs/api-key-management/",
  },
  pattern = [[(?:(?i:opsgenie)[\w.\-]{0,30}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bGenieKey[ \t]+)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "opsgenie", "geniekey" },
  entropy = 3.2,
  examples = {
    [[OPSGENIE_API_KEY=470056cc-bc6d-bf3a-a78b-596318eb17ba]],
    [[curl -H 'Authorization: GenieKey 79315ca3-7160-9c98-8d60-cd08d113cb31' https://api.opsgenie.com/v2/alerts]],
  },
  negative_examples = {
    [[OPSGENIE_TEAM_ID=team-sre]],
    [[OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000]],
  },
}

return {
  id = "secrets.newrelic-user-key",
  title = "New Relic user API key",
  severity = "high",
  tags = { "secrets", "newrelic" },
  applies_to = { "*" },
  help = [[A New Relic user API key (`NRAK-`). It calls NerdGraph and the REST APIs as the user: querying all telemetry the user can see and changing alerts, dashboards and account configuration.

**Fix:** Delete or rotate the key in New Relic (*API keys* UI or NerdGraph `apiAccessDeleteKeys`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
  },
  pattern = [[\b(NRAK-[A-Z0-9]{27})\b]],
  keywords = { "NRAK-" },
  entropy = 3.5,
  examples = {
    [[NEW_RELIC_API_KEY=NRAK-JWOC4KCUS3MA88V5EFCC86U460I]],
    [[  api_key: "NRAK-CBLPJOTUIOHZP0N9LFE13ZFW7G5"]],
  },
  negative_examples = {
    [[NEW_RELIC_API_KEY=NRAK-L06PVGGJPHMQO3B4JMC4IAD3]],
    [[NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX]],
  },
}

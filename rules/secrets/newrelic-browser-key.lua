return {
  id = "secrets.newrelic-browser-key",
  title = "New Relic browser ingest key",
  severity = "low",
  tags = { "secrets", "newrelic" },
  applies_to = { "*" },
  help = [[A New Relic browser ingest key (`NRJS-`). It is embedded in the browser agent snippet served to every visitor and only reports browser monitoring data.

**Fix:** If the key is in server configuration rather than the public snippet, rotate it in the *API keys* UI; otherwise keep it in the agent configuration. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
  },
  pattern = [[\b(NRJS-[a-f0-9]{19})\b]],
  keywords = { "NRJS-" },
  entropy = 3.0,
  examples = {
    [[NEW_RELIC_BROWSER_KEY=NRJS-0306bd393b6d9b02db5]],
    [[  licenseKey: "NRJS-2f850a504550d2644c4"]],
  },
  negative_examples = {
    [[NEW_RELIC_BROWSER_KEY=NRJS-66bcf2256c2fa883]],
  },
}

return {
  id = "secrets.newrelic-license-key",
  title = "New Relic ingest license key",
  severity = "medium",
  tags = { "secrets", "newrelic" },
  applies_to = { "*" },
  help = [[A New Relic ingest license key. Agents use it to report APM, infrastructure, log and metric data into the account.

**Fix:** Delete or rotate the key in New Relic (*API keys* UI or NerdGraph `apiAccessDeleteKeys`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
  },
  pattern = [[\b([a-z0-9]{36}NRAL)\b]],
  keywords = { "NRAL" },
  entropy = 3.2,
  examples = {
    [[NEW_RELIC_LICENSE_KEY=eu01xx0ae3450ef2c584eeaca0a1cabf3f16NRAL]],
    [[  license_key: eu01xxd753ab313b1d66a2a2e1fc77712e91NRAL]],
  },
  negative_examples = {
    [[NEW_RELIC_LICENSE_KEY=000000000000000000000000000000000000NRAL]],
    [[NEW_RELIC_LICENSE_KEY=<your license key>NRAL]],
  },
}

return {
  id = "secrets.datadog-api-key",
  title = "Datadog API key",
  severity = "high",
  tags = { "secrets", "datadog" },
  applies_to = { "*" },
  help = [[A Datadog API key. It submits metrics, logs, traces and events to the organization and is required (with an application key) for most management API calls.

**Fix:** Revoke the key in Datadog (*Organization Settings > API Keys*) after deploying a replacement from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.datadoghq.com/account_management/api-app-keys/",
  },
  pattern = [[(?i:(?:datadog[\w.\-]{0,20}?api[_\-]?key|dd[_\-]?api[_\-]?key)[\w.\-]{0,30}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "datadog", "dd_api", "dd-api", "ddapi" },
  entropy = 3.2,
  examples = {
    [[DD_API_KEY=0fc9aaf5f7b1bbcc738491da18f2531c]],
    [[  datadog_api_key: "c94e848adc41d11c5e6e92848d28f2c5"]],
    [[curl -H 'DD-API-KEY: fb023d8afbbd69db8f9e68f72148f265' https://api.datadoghq.com/api/v1/validate]],
  },
  negative_examples = {
    [[DD_CLIENT_TOKEN=pub3f9c2b7e1d0a4c6b8e2f5a7d9c1b3e50]],
    [[DD_API_KEY=${{ secrets.DD_API_KEY }}]],
    [[DD_API_KEY=7354ddd97b3520764b3fb30483cfe]],
    [[datadog_checks_md5: 2c486fed6cfc1e33eb5d8d3954daa4ff]],
  },
}

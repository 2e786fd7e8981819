return {
  id = "secrets.datadog-app-key",
  title = "Datadog application key",
  severity = "high",
  tags = { "secrets", "datadog" },
  applies_to = { "*" },
  help = [[A Datadog application key. With an API key it calls the management APIs as the user who owns it (or with its scopes): dashboards, monitors, logs queries, users.

**Fix:** Revoke the key in Datadog (*Organization Settings > Application Keys* or personal settings). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.datadoghq.com/account_management/api-app-keys/",
  },
  pattern = [[(?i:(?:datadog[\w.\-]{0,20}?app(?:lication)?[_\-]?key|dd[_\-]?app(?:lication)?[_\-]?key)[\w.\-]{0,30}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{40})\b]],
  keywords = { "datadog", "dd_app", "dd-app", "ddapp" },
  entropy = 3.2,
  examples = {
    [[DD_APP_KEY=2259205aaf5403873d0207412622d69a9be01225]],
    [[  datadog_app_key: "570d9b02834b892fe15405f742d2634685554305"]],
    [[curl -H 'DD-APPLICATION-KEY: e470ec150aad9865dcc603d5b11ff1606613176a' https://api.datadoghq.com/api/v1/dashboard]],
  },
  negative_examples = {
    [[DD_APP_KEY=acff339e54d425815b24db6218edcd118eb7d]],
    [[DD_VERSION=7b79e4c5ba7b790e3ef5a1c2b52bf45981ab5647]],
    [[datadog_app_key = var.datadog_app_key]],
  },
}

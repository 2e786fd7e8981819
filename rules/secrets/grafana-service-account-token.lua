return {
  id = "secrets.grafana-service-account-token",
  title = "Grafana service account token",
  severity = "high",
  tags = { "secrets", "grafana" },
  applies_to = { "*" },
  help = [[A Grafana service account token (`glsa_`). It calls the Grafana HTTP API with the service account's role in the organization (Viewer, Editor or Admin): dashboards, data sources, alerting.

**Fix:** Delete the token under *Administration > Service accounts* and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
    "https://grafana.com/docs/grafana/latest/developers/http_api/authentication/",
  },
  pattern = [[\b(glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})\b]],
  keywords = { "glsa_" },
  entropy = 3.5,
  examples = {
    [[GRAFANA_TOKEN=glsa_ClYA9952VQHRKLUcUsYE9XdD6mDJlSQQ_7a27a4c4]],
    [[  grafana_auth: "glsa_Fg3kD5ryrYEz9RGEyNCwNmTOv6rv7Ot9_4c93924f"]],
  },
  negative_examples = {
    [[GRAFANA_TOKEN=glsa_u7Y6gNbyuGbi2DeYy8OyTlwq3Ie3LVZR_b79dd]],
    [[GRAFANA_TOKEN=glsa_<token>]],
  },
}

return {
  id = "secrets.grafana-cloud-token",
  title = "Grafana Cloud access policy token",
  severity = "high",
  tags = { "secrets", "grafana" },
  applies_to = { "*" },
  help = [[A Grafana Cloud access policy token (`glc_`). With its realm and scopes it writes or reads metrics, logs and traces, or manages the Grafana Cloud stack.

**Fix:** Delete the token under the access policy in the Grafana Cloud portal (*Security > Access policies*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/",
    "https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/create-access-policies/",
  },
  pattern = [[\b(glc_eyJ[A-Za-z0-9+/=_\-]{30,600})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "glc_" },
  entropy = 4.0,
  examples = {
    [[GRAFANA_CLOUD_TOKEN=glc_eyJHWHJalflZFFDmXiTnC3LSG9Xkn1coPGrFxoj2ARIJjbG5AuMtznPEvVxziVQCvSvLGEDbIHeBkjbABaIczN4rKi6EzQdiLSgHedElDJ6ZPi4Yj==]],
    [[  password: "glc_eyJT3Mktn0wF6i2IOJTvhWRpvlKMOb7ZUdaR5LI0sVjh02A4qc8VJ66oZDHGyioiMGD0WHe4idUksUTX6q2yQrRp4Zq0S3gxdm7AQ0LQBfjREUBSH=="]],
  },
  negative_examples = {
    [[GRAFANA_CLOUD_TOKEN=glc_eyJ]],
    [[GRAFANA_CLOUD_TOKEN=glc_<token>]],
  },
}

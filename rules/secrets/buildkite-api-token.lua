return {
  id = "secrets.buildkite-api-token",
  title = "Buildkite API access token",
  severity = "high",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite user API access token for the REST and GraphQL APIs. Within its organizations and scopes it creates builds, reads logs and artifacts, and manages pipelines and agents.

**Fix:** Revoke the token under Personal settings > API access tokens (organization admins can revoke via the API) and review the audit log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/apis/managing-api-tokens",
    "https://buildkite.com/docs/apis/rest-api",
  },
  pattern = [[\b(bkua_[a-f0-9]{40})\b]],
  keywords = { "bkua_" },
  entropy = 3.0,
  examples = {
    [[BUILDKITE_API_TOKEN=bkua_c60a4f23da8134ad7291ba0ce6d384048dd3716f]],
    [[  buildkite_token: "bkua_6c10ea67726c6ac2e749d247ae2d3bb2cac6ec36"]],
  },
  negative_examples = {
    [[BUILDKITE_API_TOKEN=bkua_d67cff63413615427ae957cb33a9ad]],
    [[BUILDKITE_API_TOKEN=bkua_<token>]],
  },
}

return {
  id = "secrets.sourcegraph-access-token",
  title = "Sourcegraph access token",
  severity = "high",
  tags = { "secrets", "sourcegraph" },
  applies_to = { "*" },
  help = [[A Sourcegraph access token. It acts as the user on the Sourcegraph API and `src` CLI: search and read all code the user can see across connected code hosts; site-admin tokens administer the instance.

**Fix:** Delete the token under User settings > Access tokens (site admins can delete any user's tokens). Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
    "https://sourcegraph.com/docs/api/graphql",
  },
  pattern = [[\b(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})\b]],
  keywords = { "sgp_" },
  entropy = 3.0,
  examples = {
    [[SRC_ACCESS_TOKEN=sgp_b025c9f0c3d85b0d_99ceacc2ca61ae6b86c4508984da1f09b7e1e80c]],
    [[  token: "sgp_006e7a5376d7afd1b70973aeb39df69b3b3b1572"]],
  },
  negative_examples = {
    [[SRC_ACCESS_TOKEN=sgp_0ebdb0da1554454f3b1344c967f302]],
    [[SRC_ACCESS_TOKEN=sgp_<token>]],
  },
}

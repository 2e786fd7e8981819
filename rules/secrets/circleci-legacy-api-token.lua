return {
  id = "secrets.circleci-legacy-api-token",
  title = "CircleCI API token (unprefixed)",
  severity = "high",
  tags = { "secrets", "circleci" },
  applies_to = { "*" },
  help = [[A CircleCI personal or project API token in the older unprefixed format. It acts on the CircleCI API as its user or project: pipelines, environment variables, contexts.

**Fix:** Delete the token (User settings > Personal API tokens or Project settings > API permissions) and create a new, prefixed one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://circleci.com/docs/managing-api-tokens/",
    "https://circleci.com/docs/api-developers-guide/#add-an-api-token",
  },
  pattern = [[(?i)(?:\bcircle(?:ci)?[\w.\-]{0,20}(?:token|api[_\-]?key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([a-f0-9]{40})\b]],
  keywords = { "circle" },
  entropy = 3.0,
  examples = {
    [[CIRCLECI_TOKEN=59fd0fe0e8fabb8cad48795f46ddc4678c893714]],
    [[  circleci_api_token: "0e1104e77fbf380d41512953864f43f7e234cf1d"]],
    [[export CIRCLE_TOKEN=5ba44a678f4b80b7e24493738afc84d2462587de]],
  },
  negative_examples = {
    [[CIRCLE_SHA1=2e400bbbd1ba88b9d52c9f38d57d7060294f4f15]],
    [[CIRCLECI_TOKEN=${CIRCLECI_TOKEN}]],
    [[CIRCLECI_TOKEN=7705f487ad065decbf48f58ae50b0a7d]],
  },
}

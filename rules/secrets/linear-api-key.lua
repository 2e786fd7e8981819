return {
  id = "secrets.linear-api-key",
  title = "Linear personal API key",
  severity = "high",
  tags = { "secrets", "linear" },
  applies_to = { "*" },
  help = [[A Linear personal API key (`lin_api_`). It calls the Linear GraphQL API as the user: reading and changing issues, projects and comments in their workspace.

**Fix:** Revoke the key in Linear (*Settings > Security & access > Personal API keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://linear.app/developers/graphql#personal-api-keys",
    "https://linear.app/docs/api-and-webhooks",
  },
  pattern = [[\b(lin_api_[A-Za-z0-9]{40})\b]],
  keywords = { "lin_api_" },
  entropy = 3.5,
  examples = {
    [[LINEAR_API_KEY=lin_api_VIplKG522gwltaeZjXhqwAV172AY4VtthCmE4Pfj]],
    [[  linear_token: "lin_api_5SeX4QYeF3BGuhGh9KksYro4Qjzfjib9ADkO3yMl"]],
  },
  negative_examples = {
    [[LINEAR_API_KEY=lin_api_A4nBwxQrn5guJcyyRpcmxPJlsrhfnIrUG7gsQ]],
  },
}

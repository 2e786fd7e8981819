return {
  id = "secrets.posthog-personal-api-key",
  title = "PostHog personal API key",
  severity = "high",
  tags = { "secrets", "posthog" },
  applies_to = { "*" },
  help = [[A PostHog personal API key (`phx_`). It calls PostHog's private API as the user who created it, within the scopes chosen: reading persons and events, running HogQL queries, editing feature flags and insights, or deleting data. (The project key `phc_` is public by design and is not reported.)

**Fix:** Roll or delete the key in PostHog (*Settings > Personal API keys*) and create a replacement with only the scopes it needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://posthog.com/docs/api/personal-api-keys",
    "https://posthog.com/docs/api",
  },
  pattern = [[\b(phx_[A-Za-z0-9_\-]{40,50})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "phx_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[POSTHOG_PERSONAL_API_KEY=phx_qGoTvYzhF9s4WMYR9IehS87jCenlkXOajNSDo1HD7Nl]],
    [[curl -H 'Authorization: Bearer phx_yhN4hhN2d7Tx7q3LfN3av7zwehk57gJ6vvpSvmXbLU2' https://us.posthog.com/api/projects/]],
  },
  negative_examples = {
    [[POSTHOG_PERSONAL_API_KEY=phx_1234567890abcdef]],
    [[POSTHOG_KEY=phc_yhN4hhN2d7Tx7q3LfN3av7zwehk57gJ6vvpSvmXbLU2]],
    [[POSTHOG_PERSONAL_API_KEY=${{ secrets.POSTHOG_PERSONAL_API_KEY }}]],
  },
}

return {
  id = "secrets.tavily-api-key",
  title = "Tavily API key",
  severity = "high",
  tags = { "secrets", "tavily" },
  applies_to = { "*" },
  help = [[A Tavily API key (`tvly-`, newer keys `tvly-dev-` or `tvly-prod-`). It calls the Tavily search, extract, crawl and map APIs and spends the account's API credits.

**Fix:** Delete the key in the Tavily dashboard (*API Keys*) and create a new one; check usage for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.tavily.com/api-reference/introduction",
    "https://docs.tavily.com/guides/quickstart",
  },
  pattern = [[\b(tvly-[A-Za-z0-9][A-Za-z0-9\-]{30,78}[A-Za-z0-9])(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "tvly-" },
  entropy = 3.5,
  examples = {
    [[TAVILY_API_KEY=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]],
    [[  tavily_api_key: "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"]],
  },
  negative_examples = {
    [[TAVILY_API_KEY=tvly-YOUR_API_KEY]],
    [[TAVILY_API_KEY=tvly-dev-q7FcXyTdgRjo]],
  },
}

return {
  id = "secrets.firecrawl-api-key",
  title = "Firecrawl API key",
  severity = "high",
  tags = { "secrets", "firecrawl" },
  applies_to = { "*" },
  help = [[A Firecrawl API key (`fc-`). It has full access to the team that owns it: scrape, crawl, map, search and extract calls billed to the team, and its crawl results.

**Fix:** Delete the key in the Firecrawl dashboard (*API Keys*) and create a new one; use key restrictions to limit the replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.firecrawl.dev/authentication",
    "https://docs.firecrawl.dev/api-reference/v2-introduction",
  },
  pattern = [[\b(fc-[0-9a-f]{32})\b]],
  keywords = { "fc-" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [[FIRECRAWL_API_KEY=fc-a59e61c32b533f9724aee307a2a4468b]],
    [[curl -H "Authorization: Bearer fc-b2b84787ecc64e3ef4f5bd0a4d1803dd" https://api.firecrawl.dev/v2/scrape]],
  },
  negative_examples = {
    [[FIRECRAWL_API_KEY=fc-YOUR-API-KEY]],
    [[FIRECRAWL_API_KEY=fc-123456789]],
  },
}

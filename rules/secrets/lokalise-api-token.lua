return {
  id = "secrets.lokalise-api-token",
  title = "Lokalise API token",
  severity = "high",
  tags = { "secrets", "lokalise" },
  applies_to = { "*" },
  help = [[A Lokalise personal API token (read-only or read/write). It has the rights of the user who created it: for a team owner, every project of the team, with keys, translations, files, contributors and webhooks. It does not expire.

**Fix:** Delete the token in Lokalise (*Profile settings > API tokens*) and generate a new one, preferably under a dedicated user with access to only the projects the integration needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.lokalise.com/reference/api-authentication",
    "https://docs.lokalise.com/en/articles/1929556-api-and-ota-tokens",
  },
  pattern = [[(?i:(?:lokalise[\w.\-]{0,30}?(?:token|key|secret|api)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|lokalise2\b[^\n]{0,80}?--token[= ]["']?))([0-9a-f]{39,40})\b]],
  keywords = { "lokalise" },
  entropy = 3.0,
  allow = { [[(?i)(?:^f4d3f29bf893dc3583e9970735e08de094e82b0$)]] },
  examples = {
    [[LOKALISE_API_TOKEN=6d921c3f174103540000fa049c23ca1a1363e82c]],
    [[lokalise2 --token d37ed8b79c16dd83cf7056dbe23e7c918fe61b40 --project-id 123abc.456 file download --format json]],
  },
  negative_examples = {
    [[LOKALISE_API_TOKEN=f4d3f29bf893dc3583e9970735e08de094e82b0]],
    [[LOKALISE_PROJECT_ID=6d921c3f174103540000.fa049c23]],
    [[X-Api-Token: 6d921c3f174103540000fa049c23ca1a1363e82c]],
    [[LOKALISE_API_TOKEN=${{ secrets.LOKALISE_API_TOKEN }}]],
  },
}

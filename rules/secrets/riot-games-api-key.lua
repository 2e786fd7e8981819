return {
  id = "secrets.riot-games-api-key",
  title = "Riot Games API key",
  severity = "medium",
  tags = { "secrets", "riotgames" },
  applies_to = { "*" },
  help = [=[A Riot Games Developer Portal API key (`RGAPI-` followed by a UUID), sent as `X-Riot-Token` to the League of Legends, TFT, VALORANT and account APIs. Development keys expire after 24 hours; personal and production keys do not, and carry the rate limits granted to the registered product. Abuse is attributed to the product and can get its key or application revoked.

**Fix:** Regenerate the key in the Riot Developer Portal (the dashboard for development keys, *Apps* for personal and production keys). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.riotgames.com/docs/portal",
    "https://developer.riotgames.com/api-keys.html",
  },
  pattern = [=[\b(RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]=],
  keywords = { "RGAPI-" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [=[RIOT_API_KEY=RGAPI-3edd453d-9dda-458a-9c35-a71540425fe9]=],
    [=[curl -H 'X-Riot-Token: RGAPI-6fc2f993-0a61-417e-a66b-46c4b49b0215' https://euw1.api.riotgames.com/lol/status/v4/platform-data]=],
  },
  negative_examples = {
    [=[RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx]=],
    [=[RIOT_API_KEY=RGAPI-00000000-0000-0000-0000-000000000000]=],
    [=[RIOT_API_TOKEN=RGAPI-your-api-key-here]=],
  },
}

return {
  id = "secrets.ubidots-token",
  title = "Ubidots API token",
  severity = "high",
  tags = { "secrets", "ubidots" },
  applies_to = { "*" },
  help = [=[A Ubidots API token (`BBFF-` or `BBUS-` followed by letters and digits), sent as `X-Auth-Token` or `?token=`. Tokens created in the account profile never expire; with the account's default token a holder reads every device and variable, posts data that drives events and alerts, and, depending on the token's API role, creates and deletes devices, dashboards and organization users.

**Fix:** Delete the token under *My Profile > API Credentials* (or the organization's *Tokens* page) in Ubidots and create a new one with the narrowest API role. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.ubidots.com/v1.6/reference/authentication",
    "https://help.ubidots.com/en/articles/570026-api-authentication",
  },
  pattern = [=[\b(BB(?:FF|US)-[A-Za-z0-9]{30,60})\b]=],
  keywords = { "BBFF-", "BBUS-" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [=[UBIDOTS_TOKEN=BBFF-MgvvCTOYmcgyEu1WOCXsY8TskNJ7Su]=],
    [=[curl -H 'X-Auth-Token: BBFF-XL897ECGtclitMqw7qZsNSYaw4B8W8jzdMy9LRvklw33M0kDb9OkX50' https://industrial.api.ubidots.com/api/v2.0/devices/]=],
    [=[const char* TOKEN = "BBUS-HXfMdY4vUqk3h1vo8mBJpcGSoaAW7z";]=],
  },
  negative_examples = {
    [=[UBIDOTS_TOKEN=BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[UBIDOTS_TOKEN=BBFF-MgvvCTOYmcgyEu1W]=],
    [=[UBIDOTS_TOKEN=${UBIDOTS_TOKEN}]=],
  },
}

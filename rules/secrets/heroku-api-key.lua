return {
  id = "secrets.heroku-api-key",
  title = "Heroku API key",
  severity = "high",
  tags = { "secrets", "heroku" },
  applies_to = { "*" },
  help = [[A Heroku Platform API key or OAuth authorization token. It acts as the user for every app the user can reach: deploys, config vars (and so the apps' own secrets), add-ons, dynos.

**Fix:** Regenerate the API key (Account settings > API Key) or revoke the authorization (`heroku authorizations:revoke ID`), then check the account's apps for unexpected releases or config changes. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://devcenter.heroku.com/articles/authentication",
    "https://devcenter.heroku.com/articles/platform-api-quickstart",
  },
  pattern = [[(?i)(?:\bheroku[\w.\-]{0,20}(?:api[_\-]?key|token|key|password))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "heroku" },
  entropy = 3.0,
  examples = {
    [[HEROKU_API_KEY=29483b65-cd59-4f36-baa1-86852deca643]],
    [[  heroku_api_key = "9bb15b3d-c6d5-40bd-a021-370595fef2f7"]],
    [[  heroku_token: "73a8feb3-af88-48af-a739-a6fce062aaf7"]],
  },
  negative_examples = {
    [[HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}]],
    [[app_id: 2c946ea7-e02f-4c47-847d-e115adf5bad7]],
    [[HEROKU_API_KEY=00000000-0000-0000-0000-000000000000]],
  },
}

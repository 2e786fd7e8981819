return {
  id = "secrets.heroku-platform-token",
  title = "Heroku API token (HRKU- format)",
  severity = "high",
  tags = { "secrets", "heroku" },
  applies_to = { "*" },
  help = [[A Heroku Platform API token in the prefixed format Heroku now issues for API keys and OAuth authorizations (`heroku auth:token`, `heroku authorizations:create`, the dashboard's API key). It acts as the user on every app the user can reach.

**Fix:** Revoke the authorization (`heroku authorizations:revoke ID`) or regenerate the API key (Account settings > API Key), and check recent releases and config-var changes of the user's apps. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://devcenter.heroku.com/articles/authentication",
    "https://devcenter.heroku.com/articles/heroku-cli-commands#heroku-authorizations-create",
  },
  pattern = [[\b(HRKU-(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_\-]{58,64}))(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "HRKU-" },
  entropy = 3.0,
  examples = {
    [[HEROKU_API_KEY=HRKU-AAzp3htlVsycGvDIaRQ2LnRv4kIiulvC2h4pJHggx-TaysVEBAouXEGbMich]],
    [[  token: "HRKU-AALoFPBQpGZc6bYddBenmmlpm0MmEM9fUFeQqtytFSWzhCc76TL9OMMzAY"]],
    [[export HEROKU_API_KEY=HRKU-ada2095f-bcc4-42e4-b5e9-bf23bb04ecfc]],
  },
  negative_examples = {
    [[HEROKU_API_KEY=HRKU-<token>]],
    [[HEROKU_API_KEY=HRKU-XnO3iMinQxeHUrYHp7IV2SLAKJtDrR]],
    [[HRKU-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]],
    [[HEROKU_API_KEY=HRKU-00000000-0000-0000-0000-000000000000]],
  },
}

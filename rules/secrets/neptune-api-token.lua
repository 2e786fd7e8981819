return {
  id = "secrets.neptune-api-token",
  title = "Neptune API token",
  severity = "high",
  tags = { "secrets", "neptune" },
  applies_to = { "*" },
  help = [[A Neptune.ai API token (a user's or a service account's). It is the base64 encoding of a small JSON document holding the Neptune server address and the API key; the `neptune` client sends it to authenticate and it logs to, reads and deletes runs, models and files in every project the account can access.

**Fix:** Reset the API token in Neptune (*user menu > Get your API token*, then reset it in account settings; for a service account, from the workspace's service-account settings). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.neptune.ai/api_token",
    "https://docs.neptune.ai/setup/setting_credentials",
    "https://docs.neptune.ai/onprem/2.3/connecting",
  },
  pattern = [[(?:^|[^A-Za-z0-9+/])(eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{60,1000}={0,2})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "eyJhcGlfYWRkcmVzcyI6" },
  entropy = 4.0,
  allow = { [[NzA2YmM4Zi03NmY5LTRjMmUtOTM5ZC00YmEwMzZmOTMyZTQ]] },
  examples = {
    [[NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiIxMjRiNjEzYy0zYjk0LTQwZTgtYWQwYS0xNzIxZWI0ZmE0ZTYifQ==]],
    [[  neptune_api_token: "eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vbmVwdHVuZS5hY21lLW1sLmludGVybmFsIiwiYXBpX3VybCI6Imh0dHBzOi8vbmVwdHVuZS5hY21lLW1sLmludGVybmFsIiwiYXBpX2tleSI6ImUwNGYxZTRhLTMwYjYtNDBiMy04NmU0LTgxNjlkNWQ1MmU5ZiJ9"]],
  },
  negative_examples = {
    [[NEPTUNE_API_TOKEN=ANONYMOUS]],
    [[NEPTUNE_API_TOKEN="eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiJiNzA2YmM4Zi03NmY5LTRjMmUtOTM5ZC00YmEwMzZmOTMyZTQifQo="]],
    [[NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6...]],
  },
}

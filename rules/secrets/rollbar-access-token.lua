return {
  id = "secrets.rollbar-access-token",
  title = "Rollbar access token",
  severity = "medium",
  tags = { "secrets", "rollbar" },
  applies_to = { "*" },
  help = [[A Rollbar project or account access token. `post_server_item` tokens report errors; `read`/`write` tokens read items (with their payloads) and change projects.

**Fix:** Disable the token and create a new one (*Project Settings > Project Access Tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.rollbar.com/docs/access-tokens",
    "https://docs.rollbar.com/reference/getting-started-1",
  },
  pattern = [[(?i:(?:rollbar)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "rollbar" },
  entropy = 3.2,
  examples = {
    [[ROLLBAR_ACCESS_TOKEN=532d099de72be1427c60a2b1e61e73af]],
    [[  rollbar_token: "b4a62873fa3025f5d4fb964611b6629b"]],
  },
  negative_examples = {
    [[ROLLBAR_ENVIRONMENT=production]],
    [[ROLLBAR_CODE_VERSION=62d5f27e6ecfe16715da78a7dba43412]],
    [[ROLLBAR_ACCESS_TOKEN=a9b3b420fb42f0625e196b8e67c24]],
  },
}

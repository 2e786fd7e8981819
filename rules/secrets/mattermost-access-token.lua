return {
  id = "secrets.mattermost-access-token",
  title = "Mattermost personal access token",
  severity = "high",
  tags = { "secrets", "mattermost" },
  applies_to = { "*" },
  help = [[A Mattermost personal access token or bot token. It authenticates to the Mattermost REST API as the user or bot that owns it, with that account's permissions (a system admin's token administers the server).

**Fix:** Revoke the token under *Profile > Security > Personal Access Tokens* (or *Integrations > Bot Accounts*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.mattermost.com/integrate/reference/personal-access-token/",
    "https://api.mattermost.com/#tag/authentication",
  },
  pattern = [[(?i:(?:mattermost)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-z0-9]{26})\b]],
  keywords = { "mattermost" },
  entropy = 3.5,
  examples = {
    [[MATTERMOST_TOKEN=oy0nkatgf2xj4lkpap0jguqk3o]],
    [[  mattermost_access_token: "2nonuxdudxj498kfuhjl9bjvpz"]],
  },
  negative_examples = {
    [[MATTERMOST_URL=https://chat.example.org]],
    [[MATTERMOST_TOKEN=7r829ncd8fwcuhqklnt3jdl]],
  },
}

return {
  id = "secrets.sendbird-api-token",
  title = "Sendbird API token",
  severity = "high",
  tags = { "secrets", "sendbird" },
  applies_to = { "*" },
  help = [=[A Sendbird master or secondary API token, sent as the `Api-Token` header to the Chat and Calls Platform APIs. It acts on the whole application: creating and deleting users, issuing their session tokens, reading and sending messages in any channel, and (for the master token) issuing and revoking secondary tokens.

**Fix:** Revoke the secondary token, or create a new secondary token and delete the exposed one, in the Sendbird dashboard (*Settings > Application > General > API tokens*); a master token cannot be changed in place, so contact Sendbird support to have it reissued. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.sendbird.com/docs/security/documentation/app/sendbird-api-token-security-guide",
    "https://docs.sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api",
  },
  pattern = [=[(?i:(?:sendbird)[\w.\-]{0,30}?(?:token|key|secret)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([a-f0-9]{32,64})\b]=],
  keywords = { "sendbird" },
  entropy = 3.2,
  examples = {
    [=[SENDBIRD_API_TOKEN=9e1f10534b16679d380c13ee049dd853d3b5ac0a]=],
    [=[  sendbird_master_token: "18fd9cf264072aca193eb6a439e593b269bc42a8"]=],
    [=[sendbird.apiToken = '5c0783b723475ec3209042b8c74979c92198e832']=],
  },
  negative_examples = {
    [=[SENDBIRD_APP_ID=9562d657-b72c-4067-9d5b-7f0254a1aa8e]=],
    [=[SENDBIRD_API_TOKEN=de87b9ad1ee2af5613e40e4a]=],
    [=[SENDBIRD_API_TOKEN=${SENDBIRD_API_TOKEN}]=],
  },
}

return {
  id = "secrets.rocketchat-personal-access-token",
  title = "Rocket.Chat personal access token",
  severity = "high",
  tags = { "secrets", "rocketchat" },
  applies_to = { "*" },
  help = [[A Rocket.Chat personal access token or auth token, sent as `X-Auth-Token` with the user's `X-User-Id`. It calls the workspace's REST API as that user, with all of the user's roles: reading and posting in every room the user is in, reading direct messages, and administering the workspace if the user is an admin; personal access tokens stay valid until revoked.

**Fix:** Remove the token in Rocket.Chat (*Account > Personal Access Tokens > Remove*), or log the user out of all sessions for a session token, then create a new personal access token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.rocket.chat/apidocs/authenticate-a-rest-client",
    "https://developer.rocket.chat/apidocs/authentication-api",
  },
  pattern = [[(?i:(?:rocket[\s_.\-]?chat|\brocket)[\w.\-]{0,30}?(?:token|auth|pat|secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "rocket" },
  entropy = 4.0,
  examples = {
    [[ROCKETCHAT_AUTH_TOKEN=2ErGUUM3k4ugu0zRX8vZNqfDrNSnbYizL7ubkPHvMBn]],
    [[  rocket_chat_token: "qDvp3AkrorwQTY8NAGjpegIGwH0bg0O0E_0Nia-5bFv"]],
  },
  negative_examples = {
    [[ROCKETCHAT_AUTH_TOKEN=your-auth-token]],
    [[ROCKETCHAT_USER_ID=aobEdbYhXfu5hkeqG]],
    [[ROCKETCHAT_AUTH_TOKEN=${ROCKETCHAT_AUTH_TOKEN}]],
  },
}

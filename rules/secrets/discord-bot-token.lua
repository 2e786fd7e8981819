return {
  id = "secrets.discord-bot-token",
  title = "Discord bot token",
  severity = "high",
  tags = { "secrets", "discord" },
  applies_to = { "*" },
  help = [[A Discord bot token. It logs in as the bot on every server (guild) the bot was added to, with all of the bot's permissions: reading and sending messages, managing members and channels if granted.

**Fix:** Reset the token in the Discord Developer Portal (*Applications > Bot > Reset Token*); Discord also invalidates tokens it finds published. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://discord.com/developers/docs/reference#authentication",
    "https://discord.com/developers/docs/topics/oauth2#bot-users",
  },
  pattern = [[(?i:(?:discord)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "discord" },
  entropy = 4.0,
  examples = {
    [[DISCORD_TOKEN=Mo4g5CcwAKP5S67iUqP1AaFfL7.4OftDC.4FM1Vziwmm1VJxH6syD8XdqoF_ZtLZS5d-uF5z]],
    [[  discord_bot_token: "MX0EdzPxJGfSHTz8jOQqx1TPPG.QYXYOb.Ouu7CEVOw0zTKI850cvVip0SV7BW9JdQrk7ugg"]],
  },
  negative_examples = {
    [[BOT_TOKEN=Mx1g6D8R9rCaplbS8fU88kO57U.GU5OOy.7MTkDq_KzqB2WdH4fpavhvhRNo6MwQRExOy2IB]],
    [[DISCORD_TOKEN=your-bot-token-here]],
    [[DISCORD_CLIENT_ID=1012345678901234567]],
  },
}

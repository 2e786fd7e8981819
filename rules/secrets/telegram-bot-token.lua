return {
  id = "secrets.telegram-bot-token",
  title = "Telegram bot token",
  severity = "high",
  tags = { "secrets", "telegram" },
  applies_to = { "*" },
  help = [[A Telegram Bot API token. It controls the bot completely: reading the messages sent to it, sending messages as the bot, changing its webhook.

**Fix:** Revoke the token with @BotFather (`/revoke`) and configure the new one from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    "https://core.telegram.org/bots/features#botfather",
  },
  pattern = [[(?:api\.telegram\.org/bot|(?i:telegram)[\w.\-]{0,30}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([0-9]{8,10}:[A-Za-z0-9_\-]{35})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "telegram" },
  entropy = 3.8,
  examples = {
    [[TELEGRAM_BOT_TOKEN=2590714646:tVgAcPh5unhd2yst1i-nwngw5cienAOAY-b]],
    [[curl https://api.telegram.org/bot8971434941:MNMIQf8NThyB9VaxLRBaRX_lsvREsci7HWo/getMe]],
    [[  telegram_token: "5323144238:GDz6G9rHexdESKSY70T4SBFHs0Yt_BbWb0Z"]],
  },
  negative_examples = {
    [[TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11]],
    [[TELEGRAM_CHAT_ID=-1001234567890]],
    [[BOT=7358870707:zHpOVKkl_UGw8t7dPkNNuiGn5NqTQHCvsnk]],
  },
}

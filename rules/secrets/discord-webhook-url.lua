return {
  id = "secrets.discord-webhook-url",
  title = "Discord webhook URL",
  severity = "medium",
  tags = { "secrets", "discord" },
  applies_to = { "*" },
  help = [[A Discord webhook URL. The id and token in the URL let anyone post messages (with any name and avatar) into the channel, and also edit or delete the webhook.

**Fix:** Delete the webhook in the channel's *Integrations* settings (or `DELETE /webhooks/{id}/{token}`) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://discord.com/developers/docs/resources/webhook#execute-webhook",
  },
  pattern = [[(https://(?:(?:canary|ptb)\.)?discord(?:app)?\.com/api(?:/v[0-9]{1,2})?/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,80})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "discord.com/api", "discordapp.com/api" },
  entropy = 4.0,
  examples = {
    [[DISCORD_WEBHOOK=https://discord.com/api/webhooks/1398127224114832739/5S-UMs2cUKIQPHnOmY6l5bwsGmfEe4tBgeWuvjO2Ym8yYX3TxmaZSvd2L_SiiFP7Z84L]],
    [[  url: "https://discord.com/api/webhooks/1945725912404899500/QevBrX7vxh7pXZ39bflJ0wBNExBA2Xwg_lR62rz8LqDbfYEZN4oLLBrm7mO00lVsTcmC"]],
  },
  negative_examples = {
    [[DISCORD_WEBHOOK=https://discord.com/api/webhooks/123456789012345678/abc]],
    [[DISCORD_WEBHOOK=https://discord.com/api/webhooks/{id}/{token}]],
  },
}

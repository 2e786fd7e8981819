return {
  id = "secrets.slack-bot-token",
  title = "Slack bot token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack bot user OAuth token (`xoxb-`). It acts as the app's bot in the workspace with every bot scope the app was granted: reading channels it is in, posting messages, uploading files, listing users.

**Fix:** Revoke the token with the `auth.revoke` Web API method or by reinstalling / regenerating it on the app's *OAuth & Permissions* page at api.slack.com/apps, then review the workspace access logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/authentication/best-practices-for-security",
  },
  pattern = [[\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24})\b]],
  keywords = { "xoxb-" },
  entropy = 3.3,
  examples = {
    [[SLACK_BOT_TOKEN="xoxb-072481465726-7947640719949-X6vy28nY2NdFoVXS2f0NiaPC"]],
    [[  slack_token: xoxb-614944094627-7598868463504-MYYy15CFOoFtNuAQe4dTzedp]],
    [[curl -s -H 'Authorization: Bearer xoxb-950249867681-9922367328973-9Glf2hFX8115WWLDf9Gxv2GL' https://slack.com/api/auth.test]],
  },
  negative_examples = {
    [[SLACK_BOT_TOKEN=xoxb-your-bot-token]],
    [[SLACK_BOT_TOKEN=xoxb-514874222579-5002114625137-Btdj5aeljE5HJIYFE6Vsq]],
    [[SLACK_BOT_TOKEN=${{ secrets.SLACK_BOT_TOKEN }}]],
  },
}

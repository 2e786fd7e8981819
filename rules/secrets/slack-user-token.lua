return {
  id = "secrets.slack-user-token",
  title = "Slack user token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack user OAuth token (`xoxp-`). It acts as the human who installed the app, with that person's access to channels, direct messages and files, within the user scopes granted.

**Fix:** Revoke the token with the `auth.revoke` Web API method or by reinstalling / regenerating it on the app's *OAuth & Permissions* page at api.slack.com/apps, then review the workspace access logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/authentication/best-practices-for-security",
  },
  pattern = [[\b(xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32})\b]],
  keywords = { "xoxp-" },
  entropy = 3.3,
  examples = {
    [[export SLACK_USER_TOKEN=xoxp-939113251412-878281216521-7525334465675-20527234b05689582e31e3891d206de4]],
    [["slack_user_token": "xoxp-879928794633-981564482021-3996550884879-b88d6753255c0d51c522417595d7d162",]],
  },
  negative_examples = {
    [[SLACK_USER_TOKEN=xoxp-663893073638-622116347369-6138346205224-e6ce84b55fe233f5899d640307498]],
    [[SLACK_USER_TOKEN=xoxp-0000000000-0000000000-0000000000-00000000000000000000000000000000]],
  },
}

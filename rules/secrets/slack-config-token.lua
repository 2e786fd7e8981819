return {
  id = "secrets.slack-config-token",
  title = "Slack configuration or rotating access token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack configuration access token, or an access token issued with token rotation enabled (`xoxe.xoxp-` / `xoxe.xoxb-`). Configuration tokens call the App Manifest APIs and can create, modify and delete the apps of a workspace; rotating tokens act as the bot or user for up to 12 hours.

**Fix:** Revoke the token (`auth.revoke`, or *Your App Configuration Tokens* on api.slack.com/apps) and generate a new one; rotating tokens also need their refresh token revoked. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/app-manifests/configuring-apps-with-app-manifests",
    "https://docs.slack.dev/authentication/using-token-rotation",
  },
  pattern = [[\b(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{100,300})\b]],
  keywords = { "xoxe.xox" },
  entropy = 3.5,
  examples = {
    [[SLACK_CONFIG_TOKEN=xoxe.xoxp-1-qL4TB9PUQVweaBFhJlbRUf0klwgTrPGD6JkcF9SBnDGfRHuuXjtwybWm4uBnvpesP8NbKvwXTOkeNVtX9t84jFxH5DC8ZGBydjO6wDeS3v7Nf2XITObq0hITelqpzEWn2TcNE2db3gHtsI8lUC]],
    [[  config_token: 'xoxe.xoxp-1-QfSDtY9U358fncYrNmXTanBjNpDgtJekSRnSw120mfohLhD1ZFVJhwhrgr9i8JtCUaFVipe0ReAPhqNRWiXGlCNzXMICPF9CaYde82V9yqCfo5M5AFsg3it8hrdBXZVzcVuz3EyWN3XeG9Lu4o']],
  },
  negative_examples = {
    [[SLACK_CONFIG_TOKEN=xoxe.xoxp-1-Mi0yLTEyMzQ]],
    [[SLACK_CONFIG_TOKEN=xoxe.xoxp-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

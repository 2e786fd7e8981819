return {
  id = "secrets.slack-incoming-webhook",
  title = "Slack incoming webhook URL",
  severity = "medium",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack incoming webhook URL. The URL itself is the credential: anyone who has it can post messages (with links and formatting) into the channel it was created for, for example to phish the channel's members.

**Fix:** Remove the webhook (app's *Incoming Webhooks* page, or the channel's integration settings) and create a new one; keep the new URL in a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks",
  },
  pattern = [[(https://hooks\.slack(?:-gov)?\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})\b]],
  keywords = { "hooks.slack.com", "hooks.slack-gov.com" },
  entropy = 4.0,
  examples = {
    [[SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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]],
    [[  webhook_url: "https://hooks.slack.com/services/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"]],
    [[curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' https://hooks.slack.com/services/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]],
  },
  negative_examples = {
    [[SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX]],
    [[SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TUAQFQ5DNVR/BKM2E5H2N23/tD00tcSGU8tNyHtv6xQgq]],
  },
}

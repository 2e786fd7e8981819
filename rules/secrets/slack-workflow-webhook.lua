return {
  id = "secrets.slack-workflow-webhook",
  title = "Slack workflow webhook URL",
  severity = "medium",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[The URL of a Slack Workflow Builder webhook trigger. Posting JSON to it starts the workflow with attacker-chosen variables, which typically end up as messages in channels.

**Fix:** Delete or re-create the workflow's webhook trigger in Workflow Builder to obtain a new URL. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack",
  },
  pattern = [[(https://hooks\.slack\.com/(?:triggers|workflows)/T[A-Z0-9]{8,12}/(?:A[A-Z0-9]{8,12}/)?[0-9]{8,20}/[A-Za-z0-9]{24,40})\b]],
  keywords = { "hooks.slack.com/triggers", "hooks.slack.com/workflows" },
  entropy = 3.8,
  examples = {
    [[SLACK_WORKFLOW_URL=https://hooks.slack.com/triggers/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]],
    [[  trigger_url: https://hooks.slack.com/triggers/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]],
  },
  negative_examples = {
    [[SLACK_WORKFLOW_URL=https://hooks.slack.com/triggers/TXXXXXXXX/123/abc]],
  },
}

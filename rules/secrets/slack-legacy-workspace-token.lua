return {
  id = "secrets.slack-legacy-workspace-token",
  title = "Slack legacy workspace app token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[An access (`xoxa-`) or refresh (`xoxr-`) token of a legacy Slack workspace app. Workspace apps acted on behalf of the whole workspace with workspace-level permissions.

**Fix:** Revoke the token with `auth.revoke` or uninstall the workspace app, and migrate to a current Slack app with granular bot scopes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/legacy/legacy-workspace-apps",
  },
  pattern = [[\b(xox[ar]-(?:[0-9]{1,13}-){1,4}[A-Za-z0-9]{24,64})\b]],
  keywords = { "xoxa-", "xoxr-" },
  entropy = 3.3,
  examples = {
    [[SLACK_WORKSPACE_TOKEN=xoxa-2-887442739053-436967233303-806772756701-9545690a55d58e734a44d557e943724dd7d021356122d0d8433e65c602f4008f]],
    [[  legacy_token: "xoxa-2-075140055678-617230549748-914192534630-b40eccb7fef314ef17387a2d39ee77ff10eb33cdf6b6fc8ec516e9edc45ec72b"]],
  },
  negative_examples = {
    [[SLACK_WORKSPACE_TOKEN=xoxa-2-123-abc]],
    [[SLACK_WORKSPACE_TOKEN=xoxa-xxxxxxxxxxxx]],
  },
}

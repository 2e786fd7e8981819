return {
  id = "secrets.teams-incoming-webhook",
  title = "Microsoft Teams incoming webhook URL",
  severity = "medium",
  tags = { "secrets", "microsoft-teams" },
  applies_to = { "*" },
  help = [[A Microsoft Teams (Office 365 connector) incoming webhook URL. Anyone holding it can post cards and messages into the Teams channel.

**Fix:** Remove the connector from the channel (*Manage channel > Connectors*) and create a new one, or move to a Workflows-based webhook stored in a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
  },
  pattern = [[(https://(?:[a-z0-9\-]+\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/[0-9a-f\-]{36}@[0-9a-f\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{36}(?:/[A-Za-z0-9_\-]{20,80})?)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "webhook.office.com", "outlook.office.com/webhook", "outlook.office365.com/webhook" },
  entropy = 3.5,
  examples = {
    [[TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/98da6a07-9d76-c3a0-71ab-e851f53c16fa@6a23073b-794d-310c-9611-312f58ea5e1d/IncomingWebhook/fe123e59af233bb56c3750b3f5d6df34/1ab7b85b-3667-85f1-3f8d-da92ea92bc9f/V2jaSH1-2WHZ6KulUXEzeRlRonBg043XVNo1oC91s8cqrh]],
    [[  teams_webhook: "https://contoso.webhook.office.com/webhookb2/321fafb2-469c-47f9-fd11-45073a71fba5@764b6194-b73c-12b9-8699-310f9bf1872a/IncomingWebhook/103f546333467c4e075f8e9dd28864d3/ee4dc3a0-4fef-3abe-6e54-1442314acab6/V2ajwI2-_F77qfSS7HXA90o7wzULPaiZXSxIUMTVstFYP4"]],
  },
  negative_examples = {
    [[TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>]],
  },
}

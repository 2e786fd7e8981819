return {
  id = "secrets.teams-workflow-webhook",
  title = "Power Automate / Teams Workflows webhook URL",
  severity = "medium",
  tags = { "secrets", "microsoft-teams" },
  applies_to = { "*" },
  help = [[The HTTP trigger URL of a Power Automate (Teams *Workflows*) or Logic Apps flow, the replacement for Office 365 connector webhooks. The `sig` query parameter is a shared-access signature: anyone with the full URL can start the flow with any payload.

**Fix:** Regenerate the trigger's access keys (Logic Apps *Access keys*) or delete and re-create the workflow trigger to obtain a new signed URL. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/power-automate/teams/teams-app-create-workflow-webhook",
    "https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-securing-a-logic-app#access-for-inbound-calls-to-request-based-triggers",
  },
  pattern = [[(https://[a-z0-9\-.]+(?:\.logic\.azure\.com|\.api\.powerplatform\.com)(?::443)?/(?:workflows|powerautomate/automations/direct/workflows)/[0-9a-f]{32}/triggers/manual/paths/invoke\?[^\s\"'<>]{0,200}?sig=[A-Za-z0-9_\-%]{43,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "logic.azure.com", "api.powerplatform.com" },
  entropy = 3.5,
  examples = {
    [[TEAMS_WORKFLOW_URL=https://prod-22.westeurope.logic.azure.com:443/workflows/5441b91fe46aecda3a74b3bcd768a4fe/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=YG5qk79heuwqGVaIT7UqOTiCR01m9qZPivS30snN9lV]],
    [[  webhook: "https://prod-96.westeurope.logic.azure.com:443/workflows/1e0244d61f58a66e17711cf6e49f271d/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=gUnOyUOpmNgsnOeQl2eOBWFbGqoax8NCkEjykYVpX99"]],
  },
  negative_examples = {
    [[TEAMS_WORKFLOW_URL=https://prod-00.westeurope.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?api-version=2016-06-01]],
  },
}

return {
  id = "secrets.hubspot-private-app-token",
  title = "HubSpot private app access token",
  severity = "high",
  tags = { "secrets", "hubspot" },
  applies_to = { "*" },
  help = [[A HubSpot private app access token (`pat-na1-…`, `pat-eu1-…`). It calls the HubSpot APIs with the app's scopes: contacts, companies, deals, marketing e-mail.

**Fix:** Rotate the token in HubSpot (*Settings > Integrations > Private Apps > Auth > Rotate*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.hubspot.com/docs/api/private-apps",
    "https://developers.hubspot.com/docs/guides/apps/private-apps/overview",
  },
  pattern = [[\b(pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "pat-na", "pat-eu", "pat-ap" },
  entropy = 3.2,
  examples = {
    [[HUBSPOT_ACCESS_TOKEN=pat-na1-7f13ebca-e6b8-c536-3814-7903266ddb7b]],
    [[  hubspot_token: "pat-na1-748df8fd-cb1e-d342-7428-500427d762df"]],
  },
  negative_examples = {
    [[HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000]],
    [[HUBSPOT_PORTAL_ID=24681357]],
  },
}

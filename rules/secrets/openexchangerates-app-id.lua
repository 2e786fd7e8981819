return {
  id = "secrets.openexchangerates-app-id",
  title = "Open Exchange Rates App ID",
  severity = "medium",
  tags = { "secrets", "openexchangerates" },
  applies_to = { "*" },
  help = [=[An Open Exchange Rates App ID, the credential passed as the `app_id` query parameter (or `Authorization: Token …` header). Requests made with it count against the plan's monthly quota, and paid plans unlock historical and time-series data billed to the owner.

**Fix:** Delete the App ID in the Open Exchange Rates account (*App IDs*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.openexchangerates.org/reference/authentication",
    "https://docs.openexchangerates.org/reference/latest-json",
  },
  pattern = [=[(?i:https?://openexchangerates\.org)/[^\s"'<>]*?[?&](?i:app_id)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "openexchangerates.org" },
  entropy = 3.0,
  examples = {
    [=[OXR_URL=https://openexchangerates.org/api/latest.json?app_id=08157da39969faed4f2feaf3c5215682]=],
    [=[  url: "https://openexchangerates.org/api/historical/2024-01-15.json?app_id=aa586cc4f2796d67d903e005606a56be&base=USD"]=],
  },
  negative_examples = {
    [=[OXR_URL=https://openexchangerates.org/api/latest.json?app_id=YOUR_APP_ID]=],
    [=[  uri: https://openexchangerates.org/api/latest.json?app_id=<oxr_app_id>&source=USD]=],
  },
}

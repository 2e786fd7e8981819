return {
  id = "secrets.smartsheet-access-token",
  title = "Smartsheet API access token",
  severity = "high",
  tags = { "secrets", "smartsheet" },
  applies_to = { "*" },
  help = [[A Smartsheet API access token, generated under *Personal Settings > API Access*. It carries every permission of the user who generated it: reading and editing the sheets, reports, dashboards and workspaces shared with that user, attachments and discussions included, and, for an admin, user management.

**Fix:** Revoke the token in Smartsheet (*Personal Settings > API Access > Manage API access tokens*) and generate a new one, preferably for a dedicated service account. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication",
    "https://developers.smartsheet.com/api/smartsheet/guides/getting-started",
  },
  pattern = [[(?i:smartsheet)[^\n]{0,80}?(?:[=:]|(?i:bearer))[ \t]*["']?([A-Za-z0-9]{37}|[A-Za-z0-9]{26})\b]],
  keywords = { "smartsheet" },
  entropy = 3.5,
  examples = {
    [[SMARTSHEET_ACCESS_TOKEN=n512KrJSv5N6ZZAg0qV4hQGLUw3iwZzmn6c0I]],
    [[curl https://api.smartsheet.com/2.0/sheets -H "Authorization: Bearer qcv4GMrr0IGS9LijR7VNXBsQxsspTpttkB7o5"]],
  },
  negative_examples = {
    [[SMARTSHEET_ACCESS_TOKEN=${SMARTSHEET_ACCESS_TOKEN}]],
    [[SMARTSHEET_SHEET_ID=4583173393803140]],
    [[SMARTSHEET_ACCESS_TOKEN=n512KrJSv5N6ZZAg0qV4hQGLUw3]],
  },
}

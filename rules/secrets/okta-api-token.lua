return {
  id = "secrets.okta-api-token",
  title = "Okta API token",
  severity = "critical",
  tags = { "secrets", "okta" },
  applies_to = { "*" },
  help = [[An Okta API token (SSWS). It calls the Okta management APIs with the permissions of the administrator who created it: users, groups, applications, policies.

**Fix:** Revoke the token in the Okta Admin Console (*Security > API > Tokens*) and review the System Log for its use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.okta.com/docs/guides/create-an-api-token/main/",
    "https://developer.okta.com/docs/reference/core-okta-api/#authentication",
  },
  pattern = [[(?:(?i:okta)[\w.\-]{0,30}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bSSWS[ \t]+)(00[A-Za-z0-9_\-]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "okta", "ssws" },
  entropy = 3.8,
  examples = {
    [[OKTA_API_TOKEN=00Lodso0aKASGKy2QfWEJnPXm14bEmegkuPOaSKZE7]],
    [[curl -H 'Authorization: SSWS 00euYXXUiZHCIFFNKjoFTdHpNPVpJ2wQL_hDI-DQJe' https://acme.okta.com/api/v1/users]],
  },
  negative_examples = {
    [[OKTA_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9]],
    [[OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

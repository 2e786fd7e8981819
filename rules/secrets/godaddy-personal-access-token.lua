return {
  id = "secrets.godaddy-personal-access-token",
  title = "GoDaddy personal access token",
  severity = "high",
  tags = { "secrets", "godaddy" },
  applies_to = { "*" },
  help = [[A GoDaddy personal access token (PAT), created in the GoDaddy Developer Portal with a set of scopes such as `domains.domain:read` or `domains.dns:update` and an expiry of up to 365 days. It calls the GoDaddy APIs as the account within those scopes: managing the DNS records, contacts and settings of the account's domains.

**Fix:** Revoke the token on the Personal Access Token page of the GoDaddy Developer Portal, generate a replacement with only the scopes the integration needs and a short expiry, and review the DNS records of the account's domains. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.godaddy.com/en/docs/api-users/auth",
    "https://github.com/godaddy/cli/pull/131/files",
  },
  pattern = [=[\b(gd_pat_[A-Za-z0-9]{20,80}_[0-9a-f]{8})\b]=],
  keywords = { "gd_pat_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[GODADDY_PAT=gd_pat_p47IwGvPYumKKMGpaRyJfBVJOCKkeM3aJF2pmgZbERy_cd9fde15]],
    [[curl -H "Authorization: Bearer gd_pat_YS6SAYIJLlAXVnBF75YCmVBQLhTykAt4cBD6n7i9lkR_b5dcda2a" https://api.godaddy.com/v1/domains]],
  },
  negative_examples = {
    [[GODADDY_PAT=gd_pat_wrong_value_123]],
    [[GODADDY_PAT=${GODADDY_PAT}]],
    [[bkgd_pat_subset_p47IwGvPYumKKMGpaRyJfBVJOCKkeM3aJF2pmgZbERy_cd9fde15]],
  },
}

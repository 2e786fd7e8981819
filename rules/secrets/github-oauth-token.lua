return {
  id = "secrets.github-oauth-token",
  title = "GitHub OAuth access token",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[An access token issued to an OAuth app on a user's behalf. It acts as the user with the scopes the user approved, on every repository those scopes reach.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
  },
  pattern = [[\b(gho_[A-Za-z0-9]{36})\b]],
  keywords = { "gho_" },
  entropy = 3.5,
  checksum = "github-crc32",
  examples = {
    [[export GITHUB_TOKEN=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]],
    [[  token: "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"]],
    [[git clone https://x-access-token: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@github.com/acme/infra.git]],
  },
  negative_examples = {
    [[GITHUB_TOKEN=gho_ASyXheVCy79x4aZsKoMCISjus8fR3Z4TFvMA]],  -- the checksum does not match
    [[GITHUB_TOKEN=gho_sB3KAdPMabrIGtE7let5HyucRRKmi2]],
    [[GITHUB_TOKEN=gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}]],
    [[GITHUB_TOKEN=gho_X2IMwgI2hOuuKWCcMZJ5hp8MNAIThTWEb0bmApXt]],
  },
}

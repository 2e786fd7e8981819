return {
  id = "secrets.github-classic-pat",
  title = "GitHub personal access token (classic)",
  severity = "critical",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A classic personal access token. It acts as the user on every repository and organization the user can reach, with the coarse scopes chosen at creation (`repo`, `workflow`, `admin:org`, `delete_repo`…), often without expiry.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
  },
  pattern = [[\b(ghp_[A-Za-z0-9]{36})\b]],
  keywords = { "ghp_" },
  entropy = 3.5,
  checksum = "github-crc32",
  examples = {
    [[export GITHUB_TOKEN=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]],
    [[  token: "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"]],
    [[git clone https://x-access-token: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@github.com/acme/infra.git]],
  },
  negative_examples = {
    [[GITHUB_TOKEN=ghp_LGio2tBxZpCxTtI9kV4SBkvhs7FfS81FIURA]],  -- the checksum does not match
    [[GITHUB_TOKEN=ghp_gih9SzqAMNWCPdOsVowLhiHqBuzbwu]],
    [[GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}]],
    [[GITHUB_TOKEN=ghp_5Cwm8WjE9BB2GbA7aagnaHuapNLBbXBIcuz2kW44]],
  },
}

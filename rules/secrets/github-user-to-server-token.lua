return {
  id = "secrets.github-user-to-server-token",
  title = "GitHub App user access token",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A GitHub App user access token (user-to-server). It acts as the user, limited to the app's permissions and the repositories where the app is installed; expires after 8 hours when expiration is enabled.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
  },
  pattern = [[\b(ghu_[A-Za-z0-9]{36})\b]],
  keywords = { "ghu_" },
  entropy = 3.5,
  checksum = "github-crc32",
  examples = {
    [[export GITHUB_TOKEN=ghu_1F1aBzgYNA3KNuTMA2RVfAB9Lsxwoh3VCS2C]],
    [[  token: "ghu_y2hxOWHY9xED8Bapfy8nc9sTYbs56g1d8L8w"]],
    [[git clone https://x-access-token:ghu_43iNjXmEJpkZVOcZLu85Xw1CMnVGhe0G1OGI@github.com/acme/infra.git]],
  },
  negative_examples = {
    [[GITHUB_TOKEN=ghu_1F1aBzgYNA3KNuTMA2RVfAB9Lsxwoh3VCS2A]],  -- the checksum does not match
    [[GITHUB_TOKEN=ghu_oRik2Xq1FvsW1lJY2isWQiJWGMyF5A]],
    [[GITHUB_TOKEN=ghu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}]],
    [[GITHUB_TOKEN=ghu_2hsnKNfShCU2rwvEFjjZ7hEUeafGxd7qGFLdf26X]],
  },
}

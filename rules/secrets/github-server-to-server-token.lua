return {
  id = "secrets.github-server-to-server-token",
  title = "GitHub App installation access token",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A GitHub App installation access token (server-to-server), also the kind behind the Actions `GITHUB_TOKEN`. It acts as the app installation on the repositories it covers for one hour.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
  },
  pattern = [[\b(ghs_[A-Za-z0-9]{36})\b]],
  keywords = { "ghs_" },
  entropy = 3.5,
  checksum = "github-crc32",
  examples = {
    [[export GITHUB_TOKEN=ghs_4AY1UnhpnbYFLbEZTHZLRF8Sz0v50811aUzP]],
    [[  token: "ghs_qArZR3zChcilrj6C7rzXPdMPXQMJLT3YyqDM"]],
    [[git clone https://x-access-token:ghs_1zpNJ2cLYMO3BZCYd6hmJXPBk8gWXj3qhgr6@github.com/acme/infra.git]],
  },
  negative_examples = {
    [[GITHUB_TOKEN=ghs_4AY1UnhpnbYFLbEZTHZLRF8Sz0v50811aUzA]],  -- the checksum does not match
    [[GITHUB_TOKEN=ghs_nnfQGJrHxAHQARLlc7PVuJPczCndQb]],
    [[GITHUB_TOKEN=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}]],
    [[GITHUB_TOKEN=ghs_6TH1k7fPsaUczNxkuEapRsppzEqySPHqhQOnWV9B]],
  },
}

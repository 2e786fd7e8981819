return {
  id = "secrets.github-refresh-token",
  title = "GitHub App refresh token",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A refresh token for a GitHub App's expiring user access tokens. With the app's client ID and secret it obtains new `ghu_` tokens for six months.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Rotating the app's client secret also stops the refresh token from being used. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
    "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens",
  },
  pattern = [[\b(ghr_[A-Za-z0-9]{76})\b]],
  keywords = { "ghr_" },
  entropy = 3.5,
  examples = {
    [[GITHUB_REFRESH_TOKEN=ghr_J8woMpt71UgywxBm1UG1beFnJC5DpU04yS4I8rLwkOQW0hifp4C17m5hjFNTxuLRLBI9F1qOZjsZ]],
    [[  "refresh_token": "ghr_lQpTgNzGITjlBsXjFQh2gdLKhtuYliJTFMA79L97c55qpPTsreWDXCIabLAB6daNcNu6YbKfz0uq",]],
  },
  negative_examples = {
    [[refresh_token: ghr_ZnLC4IjxMUhBE7OruoEUbL8PCYQ2jZhDSEtX]],
    [[refresh_token: ghr_<token>]],
    [[ghr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]],
  },
}

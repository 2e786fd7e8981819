return {
  id = "secrets.sentry-user-token",
  title = "Sentry user auth token",
  severity = "high",
  tags = { "secrets", "sentry" },
  applies_to = { "*" },
  help = [[A Sentry personal (user) auth token (`sntryu_`). It calls the Sentry API as the user with the token's scopes, across the user's organizations.

**Fix:** Revoke the token in Sentry (*User settings > Personal Tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.sentry.io/account/auth-tokens/",
    "https://docs.sentry.io/security-legal-pii/security/token-formats/",
  },
  pattern = [[\b(sntryu_[a-f0-9]{64})\b]],
  keywords = { "sntryu_" },
  entropy = 3.2,
  examples = {
    [[SENTRY_AUTH_TOKEN=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]],
    [[  token: "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"]],
  },
  negative_examples = {
    [[SENTRY_AUTH_TOKEN=sntryu_YOUR_TOKEN_HERE]],
    [[SENTRY_AUTH_TOKEN=sntryu_976964bb7a3ef6c8df568f70c99125c16bfdfc088e1ec203fc43bfec5fa3d]],
  },
}

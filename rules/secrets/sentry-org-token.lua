return {
  id = "secrets.sentry-org-token",
  title = "Sentry organization auth token",
  severity = "high",
  tags = { "secrets", "sentry" },
  applies_to = { "*" },
  help = [[A Sentry organization auth token (`sntrys_`). It is made for CI: it uploads source maps and debug files, creates releases and deploys for every project of the organization.

**Fix:** Revoke the token in Sentry (*Settings > Auth Tokens*) and create a new one stored as a CI secret. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.sentry.io/account/auth-tokens/",
    "https://docs.sentry.io/security-legal-pii/security/token-formats/",
  },
  pattern = [[\b(sntrys_eyJ[A-Za-z0-9+/=_\-]{60,1000})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "sntrys_" },
  entropy = 4.0,
  examples = {
    [[SENTRY_AUTH_TOKEN=sntrys_eyJHC4FUmnp2vZiQFDCNGGTHQYWNuZRXPmSbhtkJ8vcjYupdKise7CS6ARyK7uCAAGPu607LkVAuILrIqLwhbPrTVqbgsE4Adr8AU0LicB0lrTDYMIo80tu8yZw_WD73bqgTQpzhRBi1o59JjbWImoihChO7dFsp1DqRMM5]],
    [[  auth_token: "sntrys_eyJJRwVSrgKGYa85gFrhhwArs0qNQDpR7LAATGF3mrnzdkx8rjdy9R5B8jWhdUMMp8wjcGgp6uqzo8nBP4n93MEYSbIdjgzVbJMScugltTRUPZBM8xauKCK5AiQ_Y6J2CKpvbv4PD4836elwdaGf0aYe61AdpAwCPhGSa12"]],
  },
  negative_examples = {
    [[SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE]],
    [[SENTRY_AUTH_TOKEN=sntrys_eyJ]],
  },
}

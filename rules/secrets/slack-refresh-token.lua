return {
  id = "secrets.slack-refresh-token",
  title = "Slack refresh token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack refresh token (`xoxe-`), issued with token rotation or with configuration tokens. Exchanged at `oauth.v2.access` / `tooling.tokens.rotate`, it mints fresh access tokens for as long as it stays valid.

**Fix:** Revoke the app's tokens (`auth.revoke` with the current access token, or uninstall and reinstall the app) so the refresh token can no longer be exchanged. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/authentication/using-token-rotation",
  },
  pattern = [[\b(xoxe-[0-9]-[A-Za-z0-9]{100,300})\b]],
  keywords = { "xoxe-" },
  entropy = 3.5,
  examples = {
    [[SLACK_REFRESH_TOKEN=xoxe-1-OvSoIMDWTpWRvOsgQFRFt3ALxiqL0QRRNjjfEY261TRRbH3pPLvMx1P27DUdCXh4z7YV5HccuytgqvpoorazDEXqxEcagPlxARnwD0xiHvhyRSez2wbXU9mw6J8SjMgbQPLkfk2VZ8FR]],
    [[refresh_token = "xoxe-1-cF37kkNAcRXLbW1glJiFIVd1HmJjO3jQHl9kZWamWLkYmWHIK9qKPVoSLHa4gwfHOAKh3TqU7Mwu8FopEeLauLIJc2GN8J8yCNkRNbkB7wMh7aEgJixr97F6qA8uzyvEACq9K9JlopGw"]],
  },
  negative_examples = {
    [[SLACK_REFRESH_TOKEN=xoxe-1-abc123]],
    [[SLACK_REFRESH_TOKEN=xoxe-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

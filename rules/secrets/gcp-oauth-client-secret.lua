return {
  id = "secrets.gcp-oauth-client-secret",
  title = "Google OAuth client secret",
  severity = "high",
  tags = { "secrets", "gcp", "google" },
  applies_to = { "*" },
  help = [[The secret of a Google OAuth 2.0 client (web or installed app). With the client ID it lets an attacker impersonate your application in OAuth flows, exchange stolen authorization codes and refresh tokens for access tokens, and phish users under your app's name and consent screen.

**Fix:** In Google Cloud console > APIs & Services > Credentials > the OAuth client, add a new secret, deploy it, then disable and delete the leaked one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred",
    "https://support.google.com/cloud/answer/15549257",
  },
  pattern = [[\b(GOCSPX-[A-Za-z0-9_\-]{28})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "GOCSPX-" },
  entropy = 3.5,
  examples = {
    [[GOOGLE_CLIENT_SECRET=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]],
    [[{"web": {"client_id": "861015530615-kj51fqj9yomnm4g1glc83cmn7opx8gns.apps.googleusercontent.com", "client_secret": "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"}}]],
  },
  negative_examples = {
    [[client_secret: GOCSPX-rxF9F4jPGzW30x_MapIP]],
    [[client_secret: GOCSPX-<your-client-secret>]],
    [[GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

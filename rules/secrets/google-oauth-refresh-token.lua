return {
  id = "secrets.google-oauth-refresh-token",
  title = "Google OAuth 2.0 refresh token",
  severity = "high",
  tags = { "secrets", "google" },
  applies_to = { "*" },
  help = [[A refresh token issued by Google's OAuth 2.0 server for offline access. Together with the OAuth client's ID and secret (often stored alongside it, for example in `token.json`, `credentials.json` or gcloud's application-default credentials) it mints new access tokens for the user's Google account with the scopes the user granted (Drive, Gmail, Calendar, YouTube, or `cloud-platform` for full Google Cloud access), until it is revoked.

**Fix:** Revoke the grant: call `https://oauth2.googleapis.com/revoke?token=…`, remove the app's access at myaccount.google.com/permissions (or `gcloud auth application-default revoke` for gcloud credentials), and review the account's activity; rotate the OAuth client secret too if it was stored next to the token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.google.com/identity/protocols/oauth2/web-server",
    "https://developers.google.com/identity/protocols/oauth2",
  },
  pattern = [[(?:^|[^A-Za-z0-9_/])(1//[A-Za-z0-9_\-]{40,200})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "1//" },
  keywords_exact = true,
  entropy = 4.0,
  allow = { [[(?:_[a-z]{2,}){3}]], [[(?:-[a-z]{2,}){3}]] },
  examples = {
    [[  "refresh_token": "1//0gy_-UELmOwS8s54I22INXWgX6jgiuqrOSi8UhbiAGb_6cJ-SxeM1hpel_ewZMNefHSu9DkY08JB8x4X3Xa0CuESviDG69PopwnrU",]],
    [[GOOGLE_REFRESH_TOKEN=1//0k-JhDTpCPMH68be5-c4uIsGySFPHKQYTP3hRKmfg5puvrLRoLEv1WaYfm5bx]],
  },
  negative_examples = {
    [[  "refresh_token": "1/LhTdRzJH_Hh1WGU6d8S_NwfA6ymsAuUFctbGb8BlOsX",]],
    [[GOOGLE_REFRESH_TOKEN=1//xucG_n0OM1Ju2Nq9Z2Yt]],
    [[total = count * 1//divide_the_value_by_two_before_rounding_it_down]],
  },
}

return {
  id = "secrets.vercel-app-refresh-token",
  title = "Vercel app refresh token",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel app refresh token (`vcr_`), issued by Sign in with Vercel. With the app's client credentials it mints new access tokens for the user long after the access token has expired.

**Fix:** Revoke the refresh token through the app's revocation endpoint or have the user remove the app's authorization, and rotate the app's client secret if it was exposed too. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://vercel.com/changelog/new-token-formats-and-secret-scanning",
    "https://vercel.com/docs/sign-in-with-vercel/tokens",
  },
  pattern = [[\b(vcr_[A-Za-z0-9]{40,80})\b]],
  keywords = { "vcr_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[VERCEL_REFRESH_TOKEN=vcr_kN6iHjlxwDFrgS1wNjKAyzL3ZI61WcX9sgmISyubCXBBsxzo5eRjtaYb]],
    [[  token: "vcr_nj8a4tWSbYfejF3ost421ExN8Ls4uiDC7t9UTLN5u9cNNCz2itz5UxK7"]],
  },
  negative_examples = {
    [[VERCEL_REFRESH_TOKEN=vcr_iax9eA6PkJPVn3e3Itxk71cF]],
    [[VERCEL_REFRESH_TOKEN=vcr_your_vercel_api_token_here]],
    [[VERCEL_REFRESH_TOKEN=${{ secrets.VERCEL_REFRESH_TOKEN }}]],
  },
}

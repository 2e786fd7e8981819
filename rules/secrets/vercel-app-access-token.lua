return {
  id = "secrets.vercel-app-access-token",
  title = "Vercel app access token",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel app access token (`vca_`), issued by Sign in with Vercel to an application acting for a user. It calls the Vercel API on the user's behalf with the scopes the user granted, until it expires.

**Fix:** Revoke the user's authorization of the app (or the token through the app's revocation endpoint) and review the app's activity. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://vercel.com/changelog/new-token-formats-and-secret-scanning",
    "https://vercel.com/docs/sign-in-with-vercel/tokens",
  },
  pattern = [[\b(vca_[A-Za-z0-9]{40,80})\b]],
  keywords = { "vca_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[VERCEL_ACCESS_TOKEN=vca_URhBeArcDP7WltrTQpzag7KAJtOCkS4RxDhJQXk7QcvIit12bmJkbkGV]],
    [[  token: "vca_0KseSJlcUrfqkUn5PwDn1LEyC6tshRiy0grQV0DhhExZLTKQnHzAgonF"]],
  },
  negative_examples = {
    [[VERCEL_ACCESS_TOKEN=vca_4GlAyMRg9U28Dm8J2YGu6Kfc]],
    [[VERCEL_ACCESS_TOKEN=vca_your_vercel_api_token_here]],
    [[VERCEL_ACCESS_TOKEN=${{ secrets.VERCEL_ACCESS_TOKEN }}]],
  },
}

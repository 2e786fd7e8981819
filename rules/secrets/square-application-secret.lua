return {
  id = "secrets.square-application-secret",
  title = "Square OAuth application secret",
  severity = "high",
  tags = { "secrets", "square" },
  applies_to = { "*" },
  help = [[The OAuth application secret of a Square app (`sq0csp-`). With the application id it exchanges authorization codes and refresh tokens for seller access tokens.

**Fix:** Replace the application secret in the Developer Dashboard (*OAuth > Replace secret*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.squareup.com/docs/oauth-api/overview",
    "https://developer.squareup.com/docs/build-basics/access-tokens",
  },
  pattern = [[\b(sq0csp-[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sq0csp-" },
  entropy = 3.8,
  examples = {
    [[SQUARE_APPLICATION_SECRET=sq0csp-bT4OP_0a-cp6TJDKZEWWHedt9LM6n1r2OC0kt69mHfi]],
    [[  "client_secret": "sq0csp-xas1Hd5aod0Jzw-aJCGWsqUwk7NPjjCeD_TJt4Nq71w",]],
  },
  negative_examples = {
    [[SQUARE_APPLICATION_SECRET=sq0csp-FGWJuQYz-7ffoXP-eOM5ctIsEqoXHF4mH6Di3NhR]],
  },
}

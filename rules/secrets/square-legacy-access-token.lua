return {
  id = "secrets.square-legacy-access-token",
  title = "Square legacy access token",
  severity = "high",
  tags = { "secrets", "square" },
  applies_to = { "*" },
  help = [[A legacy Square access token (`sq0atp-`), issued before the `EAAA` format. It has the same API reach as a current access token.

**Fix:** Revoke or replace the credential in the Square Developer Dashboard (*Credentials*), or revoke OAuth tokens with `RevokeToken`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.squareup.com/docs/build-basics/access-tokens",
  },
  pattern = [[\b(sq0atp-[A-Za-z0-9_\-]{22})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sq0atp-" },
  entropy = 3.5,
  examples = {
    [[SQUARE_TOKEN=sq0atp-GdTzIFrrRZWB-2-QjSGLdO]],
    [[  token: sq0atp-kn5IWX2UwaPMGZirHlt878]],
  },
  negative_examples = {
    [[SQUARE_TOKEN=sq0atp-o-RwL9InioaZUVuUppy]],
  },
}

return {
  id = "secrets.uploadcare-secret-key",
  title = "Uploadcare secret key",
  severity = "high",
  tags = { "secrets", "uploadcare" },
  applies_to = { "*" },
  help = [[An Uploadcare project secret key. It signs REST API requests (or is sent directly with the `Uploadcare.Simple` scheme) and so lists, stores, copies and deletes every file of the project, manages webhooks and signs secure uploads and delivery URLs; the public key it pairs with is not secret.

**Fix:** Generate a new secret key in the Uploadcare dashboard (*Project > API keys > Secret keys*), move the integration to it and delete the exposed key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://uploadcare.com/docs/api/rest/authentication/",
    "https://uploadcare.com/docs/rest-api/requests-auth/",
  },
  pattern = [[(?:\bUploadcare\.Simple[ \t]+[A-Za-z0-9]{8,64}:|(?i:uploadcare\w*?secret\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([A-Za-z0-9]{16,64})\b]],
  keywords = { "uploadcare" },
  entropy = 3.0,
  examples = {
    [[curl -H 'Authorization: Uploadcare.Simple 3bc5499b14740fb66510:6db7d1a31910192dc299' https://api.uploadcare.com/files/]],
    [[UPLOADCARE_SECRET_KEY=b99cb942fd156e807007]],
  },
  negative_examples = {
    [[Authorization: Uploadcare.Simple public_key:secret_key]],
    [[UPLOADCARE_SECRET_KEY=${UPLOADCARE_SECRET_KEY}]],
    [[UPLOADCARE_PUBLIC_KEY=3bc5499b14740fb66510]],
  },
}

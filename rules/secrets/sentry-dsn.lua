return {
  id = "secrets.sentry-dsn",
  title = "Sentry DSN",
  severity = "low",
  tags = { "secrets", "sentry" },
  applies_to = { "*" },
  help = [[A Sentry DSN (Data Source Name). Its public key only lets a client submit events to one project; SDKs embed it in browser and mobile apps.

**Fix:** If event spam becomes a problem, create a new client key (*Project Settings > Client Keys*), disable the old one, and load the DSN from configuration. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    "https://docs.sentry.io/security-legal-pii/security/token-formats/",
  },
  pattern = [[(https://[a-f0-9]{32}(?::[a-f0-9]{32})?@o[0-9]{1,12}\.ingest\.(?:[a-z]{2}\.)?sentry\.io/[0-9]{1,12})\b]],
  keywords = { "sentry.io" },
  entropy = 3.0,
  examples = {
    [[SENTRY_DSN=https://fe7e892fc7e4a61fc2d305da0e88d05d@o539918.ingest.us.sentry.io/0490541]],
    [[  dsn: "https://f9d4d94b6ec19e0cecb12cc29711b059@o038888.ingest.us.sentry.io/3281053"]],
  },
  negative_examples = {
    [[SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0]],
    [[SENTRY_URL=https://sentry.io/organizations/acme/]],
  },
}

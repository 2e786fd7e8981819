return {
  id = "secrets.travis-ci-api-token",
  title = "Travis CI API token",
  severity = "high",
  tags = { "secrets", "travis-ci" },
  applies_to = { "*" },
  help = [[A Travis CI API token. It acts as the user on the Travis API: trigger builds, read logs, and read or change repository settings and environment variables.

**Fix:** Regenerate the token on the Travis CI account settings page (Settings > API authentication) and review recent builds. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.travis-ci.com/user/triggering-builds/",
    "https://developer.travis-ci.com/authentication",
  },
  pattern = [[(?i)(?:\btravis[\w.\-]{0,20}(?:api[_\-]?)?token)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{22})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "travis" },
  entropy = 3.5,
  examples = {
    [[TRAVIS_API_TOKEN=V9IhvSS016JIKmBYlGJiJu]],
    [[  travis_token: "ITUOzUV7dWC8PYWrcqBQVS"]],
  },
  negative_examples = {
    [[TRAVIS_API_TOKEN=${TRAVIS_API_TOKEN}]],
    [[TRAVIS_COMMIT=fcd7294ea3cb4b3c2a484842227d14b20d87a64b]],
    [[TRAVIS_API_TOKEN=UuMh8fx84P62WqWk]],
  },
}

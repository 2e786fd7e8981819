return {
  id = "secrets.octopus-deploy-api-key",
  title = "Octopus Deploy API key",
  severity = "critical",
  tags = { "secrets", "octopus-deploy" },
  applies_to = { "*" },
  help = [[An Octopus Deploy API key. Sent in the `X-Octopus-ApiKey` header (or as the `apikey` parameter) it acts as the user or service account that owns it on the Octopus Server REST API: creating releases, deploying them to any environment the account may deploy to, running runbooks and reading project variables.

**Fix:** Revoke the key in the Octopus Web Portal (*profile > My API Keys*, or the service account's API keys) and generate a new one with an expiry date and the narrowest access level. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
    "https://octopus.com/docs/octopus-rest-api/getting-started",
  },
  pattern = [[\b(API-[A-Z0-9]{26,32})\b]],
  keywords = { "API-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[OCTOPUS_API_KEY=API-M9GW6N7RS0A9LQBRH2PUQLZ923]],
    [[curl -X POST https://deploy.acme.internal/api/packages/raw -H "X-Octopus-ApiKey: API-NTSLFRC594SAPQLHQVX2QGBNOD8" -F "data=@app.1.0.0.zip"]],
    [[  octopus_api_key: "API-2RW7FAD0E90KN74O4CDM9B4EYV503YO3"]],
  },
  negative_examples = {
    [[curl -H 'X-Octopus-ApiKey: API-GUEST' https://samples.octopus.app/api]],
    [[OCTOPUS_API_KEY=API-YOUR_SOURCE_API_KEY]],
    [[OCTOPUS_API_KEY=API-V5B1O2D3BR4OM1X4]],
  },
}

return {
  id = "secrets.snyk-api-token",
  title = "Snyk API token",
  severity = "high",
  tags = { "secrets", "snyk" },
  applies_to = { "*" },
  help = [[A Snyk API token (personal or service account). It acts on the Snyk API and CLI for the organizations of its owner: read vulnerability reports for every project, import and change projects, manage integrations.

**Fix:** Revoke and regenerate the token (Account settings > Auth token, or the service account's page). Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.snyk.io/snyk-api/authentication-for-api",
    "https://docs.snyk.io/snyk-cli/authenticate-to-use-the-cli",
  },
  pattern = [[(?i)(?:\bsnyk[\w.\-]{0,20}(?:token|api[_\-]?key|key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "snyk" },
  entropy = 3.0,
  examples = {
    [[SNYK_TOKEN=34e3a88b-14ea-4151-a4bc-e3f7153b1f0b]],
    [[  snyk_api_token: "f37f9f60-7c90-4812-9522-23729daf9e5e"]],
  },
  negative_examples = {
    [[SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}]],
    [[SNYK_ORG_ID=df80f78a-5ccb-4162-b526-e16c547d8f0c]],
    [[snyk_project: 90ca524e-df79-4ebb-a8eb-43b2d34ed607]],
  },
}

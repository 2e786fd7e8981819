return {
  id = "secrets.vercel-access-token",
  title = "Vercel access token",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel access token. It acts as the user (or within the chosen team scope) on the REST API and CLI: deployments, environment variables (and so the projects' secrets), domains and team settings.

**Fix:** Delete the token (Account Settings > Tokens) and review the team's audit log and environment variables. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://vercel.com/docs/rest-api#creating-an-access-token",
    "https://vercel.com/guides/how-do-i-use-a-vercel-api-access-token",
  },
  pattern = [[(?i)(?:\bvercel[\w.\-]{0,20}(?:token|api[_\-]?key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)]],
  keywords = { "vercel" },
  entropy = 4.0,
  examples = {
    [[VERCEL_TOKEN=7CEpmguFiKmu86X2Ea3fspxT]],
    [[export VERCEL_API_TOKEN=MjXTlGNtUNYfD74CKjElTwhl]],
    [[  vercel_api_token: "6742SD0EBd1HuL0RASuMWlV3"]],
  },
  negative_examples = {
    [[VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}]],
    [[VERCEL_ORG_ID=team_I6yFVqD0K3XCtg9clyTtJS8v]],
    [[VERCEL_TOKEN=Mp9KxSFRmqIoLT2l650Y]],
  },
}

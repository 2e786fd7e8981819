return {
  id = "secrets.mercury-api-token",
  title = "Mercury production API token",
  severity = "critical",
  tags = { "secrets", "mercury" },
  applies_to = { "*" },
  help = [[A Mercury banking API token for the production environment (`secret-token:mercury_production_…`). Depending on its tier it reads every account, balance, statement and transaction of the company, or also creates recipients and initiates ACH and wire transfers.

**Fix:** Revoke the token in Mercury (*Settings > API Tokens*), create a replacement with the narrowest tier that works (read-only, or custom scopes) and an IP allowlist, and review recent transactions and recipients for activity you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mercury.com/docs/getting-started",
    "https://docs.mercury.com/reference/getting-started-with-your-api",
  },
  pattern = [[\b(secret-token:mercury_production_[a-z]{2,5}_[A-Za-z0-9]{32,64}_yrucrem)\b]],
  keywords = { "secret-token:mercury_production_" },
  entropy = 3.5,
  examples = {
    [[MERCURY_API_TOKEN=secret-token:mercury_production_wma_qK94SWLhhxxThntquqHPuy2MxUXzMeH1knpNbApWBcCPj_yrucrem]],
    [[curl -H 'Authorization: Bearer secret-token:mercury_production_rma_itWX1NvYAvVqZcKxWWZpQDppSyykQYShzmuZRXtEwkqWc_yrucrem' https://api.mercury.com/api/v1/accounts]],
  },
  negative_examples = {
    [[MERCURY_API_TOKEN=secret-token:mercury_production_wma_ABC123]],
    [[MERCURY_API_TOKEN=${{ secrets.MERCURY_API_TOKEN }}]],
    [[MERCURY_API_TOKEN=secret-token:mercury_production_rma_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_yrucrem]],
  },
}

return {
  id = "secrets.mercury-sandbox-api-token",
  title = "Mercury sandbox API token",
  severity = "medium",
  tags = { "secrets", "mercury" },
  applies_to = { "*" },
  help = [[A Mercury API token for the sandbox environment (`secret-token:mercury_sandbox_…`). It only reaches the simulated sandbox organization, with dummy accounts and money, but it shows the integration's setup and habits of storing tokens in code.

**Fix:** Revoke the token in the Mercury sandbox dashboard (*Settings > API Tokens*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mercury.com/docs/getting-started",
    "https://docs.mercury.com/reference/getting-started-with-your-api",
  },
  pattern = [[\b(secret-token:mercury_sandbox_[a-z]{2,5}_[A-Za-z0-9]{32,64}_yrucrem)\b]],
  keywords = { "secret-token:mercury_sandbox_" },
  entropy = 3.5,
  examples = {
    [[MERCURY_SANDBOX_API_TOKEN=secret-token:mercury_sandbox_wma_2DFXxxwR1YjvcnzvSG9u28YqaNMTdgGfKNmSha7AiKNAb_yrucrem]],
    [[  token: "secret-token:mercury_sandbox_rma_avhNzh7dLQoQAzkego3pHqDWNTc9YKKSE6USGzJwtRTdG_yrucrem"]],
  },
  negative_examples = {
    [[MERCURY_SANDBOX_API_TOKEN=secret-token:mercury_sandbox_smoke_yrucrem]],
    [[MERCURY_SANDBOX_API_TOKEN=${MERCURY_SANDBOX_API_TOKEN}]],
  },
}

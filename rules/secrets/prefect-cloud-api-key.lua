return {
  id = "secrets.prefect-cloud-api-key",
  title = "Prefect Cloud API key",
  severity = "high",
  tags = { "secrets", "prefect" },
  applies_to = { "*" },
  help = [[A Prefect Cloud API key: `pnu_` for a user's key, `pnb_` for a service account's key. It authenticates the Prefect CLI, workers and the REST API to the account's workspaces, so it can read flow runs and logs, change deployments and blocks (which often hold other credentials) and start flow runs on the workspace's infrastructure.

**Fix:** Delete the key in Prefect Cloud (*account icon > API Keys*, or the service account's page for `pnb_` keys) and create a new one with an expiry date. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.prefect.io/3.0/manage/cloud/manage-users/api-keys",
    "https://github.com/PrefectHQ/prefect/blob/main/src/prefect/cli/cloud/__init__.py",
  },
  pattern = [[\b(pn[ub]_[A-Za-z0-9]{36})\b]],
  keywords = { "pnu_", "pnb_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[PREFECT_API_KEY=pnu_9LGkqxxeRpgv0RN5fRSowrzap3UszKATxw6Q]],
    [[prefect cloud login -k 'pnb_Q7kbwVdSM5ClZWz0U9isb3ACdD4AF7MtwRJy']],
    [[  - PREFECT_API_KEY=pnu_8P8gAt0EMb93udsz9YQK9p1AksUi87Z69jqz]],
  },
  negative_examples = {
    [[PREFECT_API_KEY=pnu_qBYDAllqamXB4lnNcGIkJsw8]],
    [[PREFECT_API_KEY=pnu_your_api_key_here]],
    [[PREFECT_API_KEY=${PREFECT_API_KEY}]],
  },
}

return {
  id = "secrets.dbt-cloud-token",
  title = "dbt Cloud API token",
  severity = "high",
  tags = { "secrets", "dbt" },
  applies_to = { "*" },
  help = [[A dbt Cloud (dbt platform) API token: a service account token (`dbtc_`), which carries the permission sets assigned to it (up to Account Admin), or a personal access token (`dbtu_`), which acts as the user who created it. Either can trigger and edit jobs, read run artifacts and metadata and, with admin permissions, change connections that hold warehouse credentials.

**Fix:** Delete the token in dbt Cloud (*Account settings > API tokens > Service tokens* or *Personal tokens*) and create a replacement with the narrowest permission set. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.getdbt.com/docs/dbt-cloud-apis/authentication",
    "https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens",
    "https://docs.getdbt.com/docs/dbt-cloud-apis/user-tokens",
  },
  pattern = [[\b(dbt[cu]_[A-Za-z0-9_\-]{40,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "dbtc_", "dbtu_" },
  entropy = 3.5,
  examples = {
    [[DBT_CLOUD_API_TOKEN=dbtc_tYRZCw5UN1HhnJRYtFKgcx6YnrezmZ80pT_9i4lpIf77L-dVka]],
    [[headers = {"Authorization": "Token dbtu_tPW5XTGKIIHOq9nPpJOeEqZTyE5kfhUnJ2l77Vnmz82b6tvXaJ"}]],
    [[  dbt_token: 'dbtc_CZSpp9tzqiRBUmmJpP1GAP22yASpzr1amHNhZMx5MLwgi5iOU2']],
  },
  negative_examples = {
    [[DBT_TOKEN=dbtu_...]],
    [[DBT_CLOUD_API_TOKEN=dbtu_pat_token_456]],
    [[DBT_CLOUD_API_TOKEN=${{ secrets.DBT_CLOUD_API_TOKEN }}]],
  },
}

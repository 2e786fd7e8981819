return {
  id = "secrets.cockroachdb-cloud-api-key",
  title = "CockroachDB Cloud API key secret",
  severity = "high",
  tags = { "secrets", "cockroachdb" },
  applies_to = { "*" },
  help = [[The secret of a CockroachDB Cloud API key (`CCDB1_<key id>_<secret>`), sent as a bearer token to the Cloud API (`cockroachlabs.cloud/api/v1`) and used by the `cockroach` Terraform provider. It acts as the service account it belongs to: with Cluster Admin or Cluster Creator roles it creates, reconfigures and deletes clusters, SQL users and their passwords, allowlists and backups of the organization.

**Fix:** Delete the API key in the CockroachDB Cloud Console (*Organization > Access Management > Service Accounts*, select the account, *API Keys*), create a replacement for the service account with the narrowest role that works, and review the organization's audit log. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.cockroachlabs.com/docs/cockroachcloud/cloud-api",
    "https://github.com/cockroachdb/terraform-provider-cockroach/blob/main/internal/provider/api_key_resource.go",
  },
  pattern = [[\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})\b]],
  keywords = { "CCDB1_" },
  entropy = 3.5,
  examples = {
    [[COCKROACH_API_KEY=CCDB1_WcSJFCnMCWUpWaZychJK6B_NSFcX3JhCJW6pyAAT5p7UCoS5sn3nCKluModitTX]],
    [[  apikey = "CCDB1_YRneOGqz6awUU6NOFHsvUf_0dTyecMAhtiM66PB0YZt7edwgwAojfcB6hrI57Ex"]],
  },
  negative_examples = {
    [[COCKROACH_API_KEY_ID=CCDB1_WcSJFCnMCWUpWaZychJK6B]],
    [[COCKROACH_API_KEY=CCDB1_test_key_that_is_not_real]],
    [[COCKROACH_API_KEY=${COCKROACH_API_KEY}]],
  },
}

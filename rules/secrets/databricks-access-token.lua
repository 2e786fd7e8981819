return {
  id = "secrets.databricks-access-token",
  title = "Databricks personal access token",
  severity = "high",
  tags = { "secrets", "databricks" },
  applies_to = { "*" },
  help = [[A Databricks personal access token. It acts as the user (or service principal) on the workspace REST API, SQL warehouses and clusters: notebooks, jobs, data in Unity Catalog the identity can read, and secrets scopes it can access.

**Fix:** Revoke the token (User Settings > Developer > Access tokens; admins via the Token Management API) and prefer OAuth machine-to-machine credentials for automation. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.databricks.com/en/dev-tools/auth/pat.html",
    "https://learn.microsoft.com/en-us/azure/databricks/dev-tools/auth/pat",
  },
  pattern = [[\b(dapi[a-f0-9]{32}(?:-\d)?)\b]],
  keywords = { "dapi" },
  entropy = 3.0,
  examples = {
    [[DATABRICKS_TOKEN=dapic0644c860f3304f4ff41edd456af38d1]],
    [[  token = "dapi0951c228b5e05dfabf8c70b504d28b63-2"]],
    [[[DEFAULT]
host = https://adb-9570244372175205.7.azuredatabricks.net
token = dapi27ba6fbcc20a57e6dd55ec3f2b6332f5]],
  },
  negative_examples = {
    [[DATABRICKS_TOKEN=dapi12ab2e316df0967765b0]],
    [[DATABRICKS_TOKEN=dapi00000000000000000000000000000000]],
    [[DATABRICKS_TOKEN=dapi<token>]],
  },
}

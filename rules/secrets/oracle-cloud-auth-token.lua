return {
  id = "secrets.oracle-cloud-auth-token",
  title = "Oracle Cloud Infrastructure auth token",
  severity = "high",
  tags = { "secrets", "oracle", "oci" },
  applies_to = { "*" },
  help = [[An OCI auth token: a password-like credential of an IAM user used for OCI Registry (`docker login`), Object Storage Swift, Autonomous Database and other services that do not take API-key signatures. It acts as the user in those services.

**Fix:** Delete the auth token in the OCI console (Identity > Users > the user > Auth tokens) and review the Audit service for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm",
    "https://docs.oracle.com/en-us/iaas/Content/Identity/access/managing-user-credentials.htm",
  },
  pattern = [[(?i)\b(?:oci|oracle)[\w.\-]{0,30}(?:auth[_\-]?token|password|passwd)["']?[ \t]*(?:=|:)[ \t]*["']?([A-Za-z0-9()<>\[\]{}.:;+_#!\-]{20})(?:["'\s]|$)]],
  keywords = { "oci", "oracle" },
  entropy = 3.5,
  examples = {
    [[OCI_AUTH_TOKEN="kzBhusTv<q5Bk3#aOjRc"]],
    [[  oci_registry_password: FdBKFnf;4jq0qD+WLevh]],
    [[export ORACLE_AUTH_TOKEN='QIxLzXrz3B(9cn5SejFx']],
  },
  negative_examples = {
    [[OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}]],
    [[OCI_AUTH_TOKEN=kuRBNvZChM1Q]],
    [[oci_auth_token: xxxxxxxxxxxxxxxxxxxx]],
  },
}

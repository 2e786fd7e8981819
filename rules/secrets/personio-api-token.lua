return {
  id = "secrets.personio-api-token",
  title = "Personio API bearer token",
  severity = "high",
  tags = { "secrets", "personio" },
  applies_to = { "*" },
  help = [[A Personio API bearer token, which Personio issues with a `papi-` prefix from the client id and secret of an API credential. For the 24 hours it stays valid it reads (and, if the credential allows, writes) the personnel data the credential was granted: employees and the attributes chosen for the credential, absences, attendances and documents.

**Fix:** Delete or rotate the API credential that issued it in Personio (*Settings > Integrations > API credentials*), which also stops new tokens, and review the credential's scopes and readable employee attributes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.personio.de/reference/auth",
    "https://developer.personio.de/changelog/authentication-api-improved-bearer-token",
  },
  pattern = [[\b(papi-[A-Za-z0-9_\-]{40,200})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "papi-" },
  keywords_exact = true,
  entropy = 4.2,
  examples = {
    [[PERSONIO_TOKEN=papi-pyZn-2csI2rllyW4n82II-BRuEIMniHA7ZUKL3NSnSxgbQUGsZKbXpyaFnp0Z3XXf7BOq31V1b1D-yawDnTOHP]],
    [[curl -H 'Authorization: Bearer papi-rz5IjZL_EcTCHgF1AG_5oh-us5xaWmlTHtE6ZynCqN6OOoO4T7je9bQT4QksgFoh' https://api.personio.de/v1/company/employees]],
  },
  negative_examples = {
    [[PERSONIO_TOKEN=papi-v1tok]],
    [[npm install papi-client-for-the-personio-hr-platform-api-v2]],
    [[PERSONIO_TOKEN=${PERSONIO_TOKEN}]],
  },
}

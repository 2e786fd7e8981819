return {
  id = "secrets.infisical-service-token",
  title = "Infisical service token",
  severity = "critical",
  tags = { "secrets", "infisical" },
  applies_to = { "*" },
  help = [[An Infisical service token (`st.…`). The first three dot-separated parts authenticate to the Infisical API with the token's read and/or write access to the project environments and paths it was scoped to; the last part is the key that decrypts the project key, so the whole token reveals every secret in that scope.

**Fix:** Delete the token in the Infisical project (*Access Control > Service Tokens*), rotate the secrets it could read, and move the workload to a machine identity (service tokens are deprecated). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://infisical.com/docs/documentation/platform/token",
    "https://infisical.com/docs/internals/service-tokens",
  },
  pattern = [[\b(st\.[0-9a-f\-]{24,36}\.[0-9a-f]{32,64}\.[0-9a-f]{32,64})\b]],
  keywords = { "st." },
  keywords_exact = true,
  entropy = 3.3,
  examples = {
    [[INFISICAL_TOKEN=st.e150cc2725e8db510fab9dbc.16f1252c3d063b77b4d5eafe2137bfbc.8659af20d79a22e0024f820784aa28e4]],
    [[  infisicalToken: "st.16f1252c-3d06-3b77-b4d5-eafe2137bfbc.8659af20d79a22e0024f820784aa28e4.47664d401e37807cb3d2160821bd3ab3"]],
  },
  negative_examples = {
    [[INFISICAL_TOKEN=st.abc.def.ghi]],
    [[INFISICAL_TOKEN=st.d5a4a544fc9bd472da30ea7f.9898a27b61a526affeb9e6b9e5d752c6]],
    [[INFISICAL_TOKEN=${INFISICAL_TOKEN}]],
  },
}

return {
  id = "secrets.airtable-pat",
  title = "Airtable personal access token",
  severity = "high",
  tags = { "secrets", "airtable" },
  applies_to = { "*" },
  help = [[An Airtable personal access token. It calls the Airtable Web API with its scopes on the bases and workspaces it was granted: reading and writing records, changing schemas.

**Fix:** Delete or regenerate the token in Airtable's builder hub (*Personal access tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://airtable.com/developers/web/guides/personal-access-tokens",
    "https://support.airtable.com/docs/creating-personal-access-tokens",
  },
  pattern = [[\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b]],
  keywords = { "pat" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[AIRTABLE_TOKEN=patLmkZRovzqJUQpJ.95b077682039dd55c31332341f3511d8093a797db7d0ee00e8c651984baa805d]],
    [[  airtable_api_key: "patqNc1EMPS1DGwfG.55ecb3e8a82ed1cd0cbaaf0110e9ab6e9c27489560f71f40e4085007ed33ba69"]],
  },
  negative_examples = {
    [[AIRTABLE_TOKEN=patXy7Kq2Lm9Nb4Vc]],
    [[AIRTABLE_BASE_ID=appLq2Xw9Bn7Vz4Kd1]],
  },
}

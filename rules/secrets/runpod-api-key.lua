return {
  id = "secrets.runpod-api-key",
  title = "RunPod API key",
  severity = "high",
  tags = { "secrets", "runpod" },
  applies_to = { "*" },
  help = [[A RunPod API key in the current format (`rpa_`). Depending on its scope it calls serverless endpoints or, with GraphQL/REST read-write access, creates, edits and deletes pods, endpoints and templates billed to the account balance.

**Fix:** Disable and delete the key in the RunPod console (*Settings > API Keys*) and create a new one with the narrowest scope. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.runpod.io/blog/scoped-api-keys-runpod",
    "https://docs.runpod.io/get-started/credentials",
  },
  pattern = [[\b(rpa_[A-Za-z0-9]{32,64})\b]],
  keywords = { "rpa_" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[RUNPOD_API_KEY=rpa_VE0O5BBSAMXZPNITQQSC70R4OGEHVASXV8O54DDK]],
    [[  runpod_api_key: "rpa_OY9N5R254D6ZUI5RTQR2OCCXKEAMRYPXWOIUQ3MJ"]],
  },
  negative_examples = {
    [[RUNPOD_API_KEY=rpa_xxxxxxxxxx]],
    [[RUNPOD_API_KEY=rpa_DDY9KaHmv87Mhhm5]],
  },
}

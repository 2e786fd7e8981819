return {
  id = "secrets.deepseek-api-key",
  title = "DeepSeek API key",
  severity = "high",
  tags = { "secrets", "deepseek" },
  applies_to = { "*" },
  help = [[A DeepSeek platform API key. It calls the DeepSeek chat and reasoning models billed to the account's balance.

**Fix:** Delete the key on the DeepSeek platform (*API keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://api-docs.deepseek.com/",
    "https://platform.deepseek.com/api_keys",
  },
  pattern = [[(?i:(?:deepseek)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(sk-[a-f0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "deepseek" },
  entropy = 3.5,
  examples = {
    [[DEEPSEEK_API_KEY=sk-ef0584da29590137d108410d36303498]],
    [[  deepseek_api_key: "sk-a0f6485710e1c1a643e11ddfd0f73383"]],
  },
  negative_examples = {
    [[DEEPSEEK_API_KEY=your-deepseek-api-key]],
    [[DEEPSEEK_API_KEY=sk-997b2daa855da37bad21aa072ce81]],
    [[API_KEY=sk-91e886c5270402fbec5013aa7d3276a6]],
    [[image: ghcr.io/acme/deepseek-gateway@sha256:b99bbf6c414855999d9a6daadd0725b899aa5e677c3913fe0352bd491ebd1b84]],
  },
}

return {
  id = "secrets.together-api-key",
  title = "Together AI API key",
  severity = "high",
  tags = { "secrets", "together" },
  applies_to = { "*" },
  help = [[A Together AI API key. It runs inference and fine-tuning billed to the account.

**Fix:** Revoke the key in Together's settings (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.together.ai/reference/authentication-1",
    "https://docs.together.ai/docs/quickstart",
  },
  pattern = [[(?i:(?:together)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:tgp_v1_[A-Za-z0-9_\-]{43}|[a-f0-9]{64}))(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "together" },
  entropy = 3.5,
  examples = {
    [[TOGETHER_API_KEY=affd7244c683214fe7b5c60df3df7bfb6d4c14fef49977d8db669ecf43c903ee]],
    [[  together_api_key: "0479eed14910708fe396bcfd93a1e3642aa3bea2255526d7f0949db3b8a8babd"]],
  },
  negative_examples = {
    [[TOGETHER_API_KEY=your-together-api-key]],
    [[TOGETHER_API_KEY=42c11cfc7aad6c713c56b3ed11e279818d36af60aceeafb7f50153ad03192]],
    [[API_KEY=7b29ac2301f4fa541a986e15d8f9fa943ba1c34be24f0bf54e9c534834e88fc7]],
    [[image: ghcr.io/acme/together-gateway@sha256:2fa4b5e9cb4f539be12347727b77d45c229ec6e94cb42399d061b3b5295c5d3a]],
  },
}

return {
  id = "secrets.mistral-api-key",
  title = "Mistral AI API key",
  severity = "high",
  tags = { "secrets", "mistral" },
  applies_to = { "*" },
  help = [[A Mistral AI (La Plateforme) API key. It calls Mistral's models billed to the workspace.

**Fix:** Delete the key in La Plateforme (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mistral.ai/getting-started/quickstart/",
    "https://docs.mistral.ai/api/",
  },
  pattern = [[(?i:(?:mistral)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mistral" },
  entropy = 3.5,
  examples = {
    [[MISTRAL_API_KEY=8QG6Hj1eIDlFsZbySY2JuWJhoMn7Fxhg]],
    [[  mistral_api_key: "2N0uPvcDG6iYzYGIb9xwoh74yM7outxP"]],
  },
  negative_examples = {
    [[MISTRAL_API_KEY=your-mistral-api-key]],
    [[MISTRAL_API_KEY=cyDQPmyF6TCLMSaGM15CNtAtvLFDG]],
    [[API_KEY=OaWvw2b8tmWfrVG7AhXPLtVoeZEUF3Pq]],
    [[image: ghcr.io/acme/mistral-gateway@sha256:e00929eda6aacb881e42b2c75384017e4a1f2dcd73d7dcceaf79ca907fc8d732]],
  },
}

return {
  id = "secrets.groq-api-key",
  title = "Groq API key",
  severity = "high",
  tags = { "secrets", "groq" },
  applies_to = { "*" },
  help = [[A Groq Cloud API key (`gsk_`). It calls the Groq inference API billed to the organization.

**Fix:** Delete the key in the GroqCloud console (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://console.groq.com/docs/quickstart",
    "https://console.groq.com/docs/api-keys",
  },
  pattern = [[\b(gsk_[A-Za-z0-9]{52})\b]],
  keywords = { "gsk_" },
  entropy = 3.5,
  examples = {
    [[GROQ_API_KEY=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]],
    [[  groq_api_key: "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"]],
  },
  negative_examples = {
    [[GROQ_API_KEY=gsk_KTews05GdVC4YU1pPJtmbjDaqJafHfjZclkWnjDaQt0Z78cCR]],
    [[GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

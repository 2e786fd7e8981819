return {
  id = "secrets.openai-legacy-key",
  title = "OpenAI user API key (legacy format)",
  severity = "high",
  tags = { "secrets", "openai" },
  applies_to = { "*" },
  help = [[A legacy OpenAI user API key (`sk-` with the `T3BlbkFJ` marker in the middle). It calls the API with the user's access in every organization they belong to.

**Fix:** Revoke the key on the OpenAI platform (*API keys*, or *Organization > Admin keys*), create a new one, and check usage for unexpected spend. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://platform.openai.com/docs/api-reference/authentication",
    "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety",
  },
  pattern = [[\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b]],
  keywords = { "T3BlbkFJ" },
  entropy = 3.8,
  examples = {
    [[OPENAI_API_KEY=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]],
    [[openai.api_key = "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"]],
  },
  negative_examples = {
    [[OPENAI_API_KEY=sk-q8Jr2LmN5xVb7TzK1cWdT3BlbkFJYp]],
    [[OPENAI_API_KEY=sk-...]],
  },
}

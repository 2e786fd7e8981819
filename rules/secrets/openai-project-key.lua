return {
  id = "secrets.openai-project-key",
  title = "OpenAI project API key",
  severity = "high",
  tags = { "secrets", "openai" },
  applies_to = { "*" },
  help = [[An OpenAI project API key (`sk-proj-`). It calls the OpenAI API on the project's behalf, spending the organization's credit and reaching the project's files, assistants and fine-tunes.

**Fix:** Revoke the key on the OpenAI platform (*API keys*, or *Organization > Admin keys*), create a new one, and check usage for unexpected spend. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://platform.openai.com/docs/api-reference/authentication",
    "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety",
  },
  pattern = [[\b(sk\-proj\-[A-Za-z0-9_\-]{40,300})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-proj-" },
  entropy = 4.0,
  examples = {
    [[OPENAI_API_KEY=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]],
    [[  openai_api_key: "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"]],
  },
  negative_examples = {
    [[OPENAI_API_KEY=sk-proj-...]],
    [[OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

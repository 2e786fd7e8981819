return {
  id = "secrets.openai-service-account-key",
  title = "OpenAI service account key",
  severity = "high",
  tags = { "secrets", "openai" },
  applies_to = { "*" },
  help = [[The key of an OpenAI project service account (`sk-svcacct-`), a non-human identity with the project's API access.

**Fix:** Revoke the key on the OpenAI platform (*API keys*, or *Organization > Admin keys*), create a new one, and check usage for unexpected spend. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://platform.openai.com/docs/api-reference/authentication",
    "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety",
  },
  pattern = [[\b(sk\-svcacct\-[A-Za-z0-9_\-]{40,300})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-svcacct-" },
  entropy = 4.0,
  examples = {
    [[OPENAI_API_KEY=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]],
    [[  openai_api_key: "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"]],
  },
  negative_examples = {
    [[OPENAI_API_KEY=sk-svcacct-...]],
    [[OPENAI_API_KEY=sk-svcacct-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

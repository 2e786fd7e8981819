return {
  id = "secrets.openai-admin-key",
  title = "OpenAI admin API key",
  severity = "critical",
  tags = { "secrets", "openai" },
  applies_to = { "*" },
  help = [[An OpenAI organization Admin API key (`sk-admin-`). It manages the organization: users, invites, projects, service accounts and API keys, and reads audit logs.

**Fix:** Revoke the key on the OpenAI platform (*API keys*, or *Organization > Admin keys*), create a new one, and check usage for unexpected spend. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://platform.openai.com/docs/api-reference/authentication",
    "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety",
    "https://platform.openai.com/docs/api-reference/admin-api-keys",
  },
  pattern = [[\b(sk\-admin\-[A-Za-z0-9_\-]{40,300})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-admin-" },
  entropy = 4.0,
  examples = {
    [[OPENAI_API_KEY=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]],
    [[  openai_api_key: "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"]],
  },
  negative_examples = {
    [[OPENAI_API_KEY=sk-admin-...]],
    [[OPENAI_API_KEY=sk-admin-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.neon-api-key",
  title = "Neon API key",
  severity = "high",
  tags = { "secrets", "neon" },
  applies_to = { "*" },
  help = [[A Neon API key (`napi_…`): a personal, organization or project-scoped key for the Neon REST API. Depending on its type it creates, changes and deletes projects, branches, databases, roles and compute endpoints, and can read or reset database role passwords, for one project or every project of the user or organization.

**Fix:** Revoke the key in the Neon Console (*Account settings > API keys*, or the organization's *Settings > API keys*) or with `DELETE /api/v2/api_keys/{key_id}`; revocation is immediate. Create a replacement, preferably project-scoped, and review the projects' operations log. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://neon.com/docs/changelog/2025-01-31",
    "https://neon.tech/docs/manage/api-keys",
  },
  pattern = [[\b(napi_[A-Za-z0-9]{40,100})\b]],
  keywords = { "napi_" },
  entropy = 3.5,
  examples = {
    [[NEON_API_KEY=napi_2jnlkcisq5rju6qq3zmpg2461vkcj28hkk7w9ecstz8tzgg0w4r2m59k4pmf1kc3]],
    [[  neon_api_key: "napi_mh6hd8m82rxc4crxo2ukmmjawkx2wdr1bqqj2omrxcvy3au0myaz8b3hhtlzb6o8"]],
  },
  negative_examples = {
    [[NEON_API_KEY=napi_examplekey]],
    [[{ "id": 177630, "key": "neon_api_key_1234567890abcdef1234567890abcdef" }]],
    [[NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

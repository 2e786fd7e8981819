return {
  id = "secrets.checkly-user-api-key",
  title = "Checkly user API key",
  severity = "high",
  tags = { "secrets", "checkly" },
  applies_to = { "*" },
  help = [[A Checkly user API key (`cu_`). With the account id it calls the Checkly public API and CLI as the user, with that user's role (often admin): creating, changing and deleting checks, alert channels, environment variables (which may hold other secrets) and private locations.

**Fix:** Delete the key in Checkly (*User Settings > API Keys*) and create a new one; for CI, prefer a service API key scoped to the account. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://checklyhq.com/docs/admin/creating-api-key",
    "https://www.pulumi.com/registry/packages/checkly/installation-configuration/",
  },
  pattern = [[\b(cu_[0-9a-f]{32})\b]],
  keywords = { "cu_" },
  keywords_exact = true,
  entropy = 3.2,
  examples = {
    [[CHECKLY_API_KEY=cu_a8a625214eeb36ecf47830fbf810e2ab]],
    [[export TF_VAR_checkly_api_key=cu_bdd7de4fa43efb2ff93bcb2f26c71470]],
  },
  negative_examples = {
    [[CHECKLY_API_KEY=cu_xxx]],
    [[CHECKLY_API_KEY=${{ secrets.CHECKLY_API_KEY }}]],
    [[CHECKLY_API_KEY=cu_a8a625214eeb36ecf47830fb]],
  },
}

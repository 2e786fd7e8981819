return {
  id = "secrets.langsmith-service-key",
  title = "LangSmith service key",
  severity = "high",
  tags = { "secrets", "langsmith" },
  applies_to = { "*" },
  help = [[A LangSmith service key (`lsv2_sk_`), an organization-level API key not tied to a user, with access to the workspaces it was granted.

**Fix:** Delete the key in LangSmith (*Settings > API Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
    "https://docs.smith.langchain.com/administration/concepts#api-keys",
  },
  pattern = [[\b(lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10})\b]],
  keywords = { "lsv2_sk_" },
  entropy = 3.2,
  examples = {
    [[LANGSMITH_API_KEY=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]],
    [[  langchain_api_key: "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"]],
  },
  negative_examples = {
    [[LANGSMITH_API_KEY=lsv2_sk_24df84328f22d2fa0466df48ecb93095_f08a3bb]],
    [[LANGSMITH_API_KEY=lsv2_sk_...]],
  },
}

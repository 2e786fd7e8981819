return {
  id = "secrets.langsmith-personal-token",
  title = "LangSmith personal access token",
  severity = "high",
  tags = { "secrets", "langsmith" },
  applies_to = { "*" },
  help = [[A LangSmith personal access token (`lsv2_pt_`). It acts as the user in the LangSmith workspaces they belong to: reading traces (which contain prompts and model outputs), datasets and prompts.

**Fix:** Delete the key in LangSmith (*Settings > API Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
    "https://docs.smith.langchain.com/administration/concepts#api-keys",
  },
  pattern = [[\b(lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10})\b]],
  keywords = { "lsv2_pt_" },
  entropy = 3.2,
  examples = {
    [[LANGSMITH_API_KEY=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]],
    [[  langchain_api_key: "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"]],
  },
  negative_examples = {
    [[LANGSMITH_API_KEY=lsv2_pt_678cb64bb6683a37737dc465475905f5_89cfc4d]],
    [[LANGSMITH_API_KEY=lsv2_pt_...]],
  },
}

return {
  id = "secrets.llamacloud-api-key",
  title = "LlamaCloud API key",
  severity = "high",
  tags = { "secrets", "llamacloud" },
  applies_to = { "*" },
  help = [[A LlamaCloud (LlamaParse) API key (`llx-`). It is scoped to a user and project and calls Parse, Extract, Classify, Split and Index for that project: it reads the uploaded documents and indexes and spends the project's credits.

**Fix:** Revoke the key on the LlamaCloud *API Key* page and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.llamaindex.ai/llamaparse/quickstart/",
    "https://developers.llamaindex.ai/python/cloud/api_key/",
  },
  pattern = [[\b(llx-[A-Za-z0-9]{48})\b]],
  keywords = { "llx-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[LLAMA_CLOUD_API_KEY=llx-783VOIszVh7Ae6h9wgyaCTVrcbQ9hi7nVfH8DSoeLXOIDStL]],
    [[  llama_cloud_api_key: "llx-d2O62uYEq82cPP8ZFUQnLAHNZKzsEuIEBZn0Gs8ZPeKAQIny"]],
  },
  negative_examples = {
    [[LLAMA_CLOUD_API_KEY=llx-...]],
    [[LLAMA_CLOUD_API_KEY=llx-qfIsuKrKGrUYGPQAXrQ96TRxkZlCx6]],
  },
}

return {
  id = "secrets.mem0-api-key",
  title = "Mem0 platform API key",
  severity = "high",
  tags = { "secrets", "mem0" },
  applies_to = { "*" },
  help = [[A Mem0 platform API key (`m0-`). It adds, searches, updates, exports and deletes the memories stored for the organization's users and agents.

**Fix:** Delete the key in the Mem0 dashboard (*API Keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mem0.ai/open-source/features/openai_compatibility",
    "https://docs.mem0.ai/api-reference",
  },
  pattern = [[\b(m0-[A-Za-z0-9]{40})\b]],
  keywords = { "m0-" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[MEM0_API_KEY=m0-So3usMp00vgn6vIvpTgwehc4BX2tBTzwA69bDS3J]],
    [[client = Mem0(api_key="m0-Q2m6gFmvOA6UHOsWLg3o3uTmzZifFGXMQ0tNdZpi")]],
  },
  negative_examples = {
    [[MEM0_API_KEY=m0-xxx]],
    [[MEM0_API_KEY=m0-8vomEthPjkpJJg17F0cx]],
  },
}

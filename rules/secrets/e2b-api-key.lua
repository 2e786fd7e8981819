return {
  id = "secrets.e2b-api-key",
  title = "E2B API key",
  severity = "high",
  tags = { "secrets", "e2b" },
  applies_to = { "*" },
  help = [[An E2B API key (`e2b_`). It creates and controls cloud sandboxes for the team: running code and commands in them, reading and writing their files, billed to the team.

**Fix:** Delete the key in the E2B dashboard (*Keys* tab) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://e2b.dev/docs/api-key",
    "https://e2b.dev/docs/quickstart",
  },
  pattern = [[\b(e2b_[0-9a-f]{40})\b]],
  keywords = { "e2b_" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [[E2B_API_KEY=e2b_8406eb2234ba0bc6ce2d5c98c7c81b65b775215c]],
    [[  e2b_api_key: "e2b_5cb7b3e334ea4af51c9219ce1defe9a38ff8af7a"]],
  },
  negative_examples = {
    [[E2B_API_KEY=e2b_***]],
    [[E2B_API_KEY=e2b_eb7854f88e297be2baaa]],
  },
}

return {
  id = "secrets.promptlayer-api-key",
  title = "PromptLayer API key",
  severity = "high",
  tags = { "secrets", "promptlayer" },
  applies_to = { "*" },
  help = [[A PromptLayer API key (`pl_`). It is tied to a workspace: it reads and edits the workspace's prompt templates and logs requests and traces into it, including the logged prompts and responses.

**Fix:** Delete the key in PromptLayer (*Settings > Workspace > PromptLayer API Keys*) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://pypi.org/project/promptlayer/",
    "https://docs.promptlayer.com/",
  },
  pattern = [[\b(pl_[0-9a-f]{32})\b]],
  keywords = { "pl_" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [[PROMPTLAYER_API_KEY=pl_1ea5be5f1f508309b0c8a99be36177f0]],
    [[pl = PromptLayer(api_key="pl_927f0d8f1a0c21d9f32b51f2841149c5")]],
  },
  negative_examples = {
    [[PROMPTLAYER_API_KEY=pl_xxxxx]],
    [[PROMPTLAYER_API_KEY=pl_2654b4fb868cfec5]],
  },
}

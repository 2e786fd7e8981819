return {
  id = "secrets.anthropic-api-key",
  title = "Anthropic API key",
  severity = "high",
  tags = { "secrets", "anthropic" },
  applies_to = { "*" },
  help = [[An Anthropic API key (`sk-ant-api03-`). It calls the Claude API in its workspace, spending the organization's credit, and reaches the workspace's files and batches.

**Fix:** Disable/delete the key in the Anthropic Console (*Settings > API keys*) and check usage for unexpected spend. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.anthropic.com/en/api/getting-started",
    "https://support.anthropic.com/en/articles/9767949-api-key-best-practices-keeping-your-keys-safe-and-secure",
  },
  pattern = [[\b(sk-ant-api03-[A-Za-z0-9_\-]{93}AA)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-ant-api" },
  entropy = 4.0,
  examples = {
    [[ANTHROPIC_API_KEY=sk-ant-api03-l8zc5cTFusNkCW52ZtHELwefes3tV6g4g8IX480qFhbJt34fYyTfmbGDhZh64xBNwm4aEGHcKdtRVrHz9ieG1-_jI4gOjAA]],
    [[  anthropic_api_key: "sk-ant-api03-l8tzk76CBwWK-7JyqQ6heipoZAIO6bF4m5Y_9lAskuLKbO1Xvj6QRZmfF5tn5s_su0Tqn8ZmPCTWZywCH-I6WIlaTlUjuAA"]],
  },
  negative_examples = {
    [[ANTHROPIC_API_KEY=sk-ant-api03-...]],
    [[ANTHROPIC_API_KEY=sk-ant-api03-Y1XgmTYzcOV-Td9wfiAXj4xQVKOGQzqGmd6mO1gdY6f_MJ0AF8s1ckkJeE3x893FdIg0ugd2_YoQlXuJ5kvHiuASwwo9]],
  },
}

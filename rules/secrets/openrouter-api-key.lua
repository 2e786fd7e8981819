return {
  id = "secrets.openrouter-api-key",
  title = "OpenRouter API key",
  severity = "high",
  tags = { "secrets", "openrouter" },
  applies_to = { "*" },
  help = [[An OpenRouter API key (`sk-or-v1-…`). It calls any model routed by OpenRouter on the account's credits, up to the key's credit limit if one was set.

**Fix:** Delete the key on the OpenRouter *Keys* page (openrouter.ai/settings/keys), create a new one with a credit limit, and check the activity page for usage you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://openrouter.ai/docs/api/reference/authentication",
    "https://nango.dev/docs/api-integrations/openrouter/connect",
  },
  pattern = [[\b(sk-or-v1-[0-9a-f]{64})\b]],
  keywords = { "sk-or-v1-" },
  entropy = 3.0,
  examples = {
    [[OPENROUTER_API_KEY=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]],
    [[  api_key: "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"  # openrouter]],
  },
  negative_examples = {
    [[OPENROUTER_API_KEY=sk-or-v1-your-key-here]],
    [[OPENROUTER_API_KEY=sk-or-v1-d27af5d56a1d979598ec8bd6c0ceb9849a877b112ef55d22fcd06ea7]],
    [[OPENROUTER_API_KEY=${OPENROUTER_API_KEY}]],
  },
}

return {
  id = "secrets.perplexity-api-key",
  title = "Perplexity API key",
  severity = "high",
  tags = { "secrets", "perplexity" },
  applies_to = { "*" },
  help = [[A Perplexity API key (`pplx-`). It calls the Sonar API billed to the account's credit.

**Fix:** Revoke the key in Perplexity's API settings (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.perplexity.ai/guides/getting-started",
    "https://docs.perplexity.ai/getting-started/api-groups",
  },
  pattern = [[\b(pplx-[A-Za-z0-9]{48})\b]],
  keywords = { "pplx-" },
  entropy = 3.5,
  examples = {
    [[PERPLEXITY_API_KEY=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]],
    [[  perplexity_api_key: "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"]],
  },
  negative_examples = {
    [[PERPLEXITY_API_KEY=pplx-xoxm64aSvMFFDKXIvduDPXViIxvFZQC8XPZnq3Cpstjwv]],
    [[PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.mintlify-admin-api-key",
  title = "Mintlify admin API key",
  severity = "medium",
  tags = { "secrets", "mintlify" },
  applies_to = { "*" },
  help = [[A Mintlify admin API key (`mint_…`), bound to an organization. It triggers documentation deployments and previews, runs the docs-editing agent (which opens changes on the docs repository) and exports analytics, feedback and assistant conversations. Assistant keys (`mint_dsc_…`) are public by design and are not reported.

**Fix:** Delete the key in the Mintlify dashboard (*Settings > Organization > API keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.mintlify.com/docs/api/introduction",
  },
  pattern = [[\b(mint_[A-Za-z0-9]{20,64})\b]],
  keywords = { "mint_" },
  keywords_exact = true,
  entropy = 4.0,
  allow = { [[(?i)(?:^mint_dsc_)]] },
  examples = {
    [[MINTLIFY_API_KEY=mint_lmabUSZsvoOblRGpJpZkIVrHSkUY6c1p]],
    [[curl -X POST -H 'Authorization: Bearer mint_gLTop5JK4jsQVF5LhqANdkzGUh0RR9NL' https://api.mintlify.com/v1/project/update/abc123]],
  },
  negative_examples = {
    [[MINTLIFY_API_KEY=mint_YOUR_KEY]],
    [[MINTLIFY_ASSISTANT_KEY=mint_dsc_lmabUSZsvoOblRGpJpZkIVrHSkUY6c1p]],
    [[def mint_tokens_for_user(user): pass]],
    [[MINTLIFY_API_KEY=${MINTLIFY_API_KEY}]],
  },
}

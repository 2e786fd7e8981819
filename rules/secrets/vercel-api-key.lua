return {
  id = "secrets.vercel-api-key",
  title = "Vercel API key",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel API key (`vck_`), such as an AI Gateway API key. It authenticates requests to Vercel's key-based APIs and bills them to the team.

**Fix:** Delete the key in the Vercel dashboard where it was created, check the usage it incurred, and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://vercel.com/changelog/new-token-formats-and-secret-scanning",
    "https://vercel.com/docs/accounts/access-tokens",
  },
  pattern = [[\b(vck_[A-Za-z0-9]{40,80})\b]],
  keywords = { "vck_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[AI_GATEWAY_API_KEY=vck_6ARFMteKClnNCDD6hSqkU7n1wwOHxoGUBmIKol1OVs94kF63IJhvOHiw]],
    [[  token: "vck_A5bde3MSHjaIfUW9R3ka2xqdEeMVv4Z6yxhoms6WcZ1RTnoHSiNkl3Fc"]],
  },
  negative_examples = {
    [[AI_GATEWAY_API_KEY=vck_wyfX9Zh77qin2WAXOpFnYbol]],
    [[AI_GATEWAY_API_KEY=vck_your_vercel_api_token_here]],
    [[AI_GATEWAY_API_KEY=${{ secrets.AI_GATEWAY_API_KEY }}]],
  },
}

return {
  id = "secrets.vercel-personal-access-token",
  title = "Vercel personal access token",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel personal access token in the prefixed format (`vcp_`). It authenticates the Vercel REST API and CLI as the user, within its scope (the whole account, a team, or one project): it deploys code, reads and changes environment variables (which usually hold every backend secret) and manages domains.

**Fix:** Delete the token on the Vercel *Account Settings > Tokens* page, review recent deployments and environment-variable changes, and create a replacement scoped to the project that needs it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://vercel.com/changelog/new-token-formats-and-secret-scanning",
    "https://vercel.com/docs/accounts/access-tokens",
  },
  pattern = [[\b(vcp_[A-Za-z0-9]{40,80})\b]],
  keywords = { "vcp_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[VERCEL_TOKEN=vcp_jEqOYsiWI1nndnu8Xdmw9KK0zE5lCFhI1zK2pUAZ5iOOnl4wb9s7l94A]],
    [[  token: "vcp_40LLnSllUkVQFAXs10KH5GV8CZj7u3zm4GVBzhORvht3BFHznfYxBott"]],
  },
  negative_examples = {
    [[VERCEL_TOKEN=vcp_hiUlw1bctaglk3u07arMIGUs]],
    [[VERCEL_TOKEN=vcp_your_vercel_api_token_here]],
    [[VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}]],
  },
}

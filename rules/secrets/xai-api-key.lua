return {
  id = "secrets.xai-api-key",
  title = "xAI API key",
  severity = "high",
  tags = { "secrets", "xai" },
  applies_to = { "*" },
  help = [[An xAI API key (`xai-`). It calls the Grok API billed to the team.

**Fix:** Delete the key in the xAI console (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.x.ai/docs/overview",
    "https://docs.x.ai/docs/api-reference#authentication",
  },
  pattern = [[\b(xai-[A-Za-z0-9]{80})\b]],
  keywords = { "xai-" },
  entropy = 3.5,
  examples = {
    [[XAI_API_KEY=xai-EGZKUGsoZtIk04Kb0nl0Kn5NYtBZ0exwdYC1SoG21T984uLHW2Ax3v0jn6NKUov7TmlhRZp4KOm3tNwB]],
    [[  xai_api_key: "xai-7ALJNAfDjraG2SRgkfGEkBcD3Iea6dm0n1qYhq99EPpZmuVpzWDumvZFO6mNeWusmf2yOqVQ1UG7eCiS"]],
  },
  negative_examples = {
    [[XAI_API_KEY=xai-jZEB1f2gv4PTMSgUepwU2kFFszCjFoZwRtW45PhFTu94xdvhpPyMyB989ffsaTbRyMR3uEA6eSZCK]],
    [[XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.close-api-key",
  title = "Close API key",
  severity = "high",
  tags = { "secrets", "close" },
  applies_to = { "*" },
  help = [[A Close CRM API key: the key id (`api_` and 22 characters), `.`, and a 22-character secret part. Sent as the Basic-auth user it acts as the user who created it in that organization, with the same access as the app: leads, contacts, opportunities, emails, call recordings and exports.

**Fix:** Delete the key in Close (*Settings > Developer > API Keys > … > Delete*) and create a new one, ideally under a dedicated integration user. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://help.close.com/docs/api-keys",
    "https://developer.close.com/api/overview/api-key-authentication",
  },
  pattern = [[\b(api_[A-Za-z0-9]{22}\.[A-Za-z0-9]{22})\b]],
  keywords = { "api_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[CLOSE_API_KEY=api_j5tIuihfYPAoxCbeOWonsp.Dv6qCxdTIMgDjfa1TAbxAG]],
    [[curl https://api.close.com/api/v1/me/ -u api_8Va4kHunQYLikOpR4UJR2v.9iBLdXS2IYgsUeZqgSk4px:]],
  },
  negative_examples = {
    [[CLOSE_API_KEY_ID=api_j5tIuihfYPAoxCbeOWonsp]],
    [[CLOSE_API_KEY=yourapikey]],
    [[CLOSE_API_KEY=${CLOSE_API_KEY}]],
  },
}

return {
  id = "secrets.netbird-personal-access-token",
  title = "NetBird personal access token",
  severity = "high",
  tags = { "secrets", "netbird" },
  applies_to = { "*" },
  help = [[A NetBird personal access token, sent as `Authorization: Token nbp_...` to the NetBird management API (cloud or self-hosted). It acts as its user or service user: with an admin role it manages peers, setup keys, groups, access-control policies, routes and DNS of the whole network, so it can add devices or open paths between them.

**Fix:** Delete the token in the NetBird dashboard (*Team > Users* or *Service Users > the user > Access tokens*), review the activity events, and create the replacement for a service user with the narrowest role and a short expiry. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.netbird.io/manage/public-api",
    "https://docs.netbird.io/ipa/guides/authentication",
  },
  -- NetBird API documentation: tokens are sent as 'Token nbp_...'. The management server
  -- (management/server/types/personal_access_token.go) makes them 40 characters: nbp_, 30 base62 characters and a
  -- 6-character base62 CRC32 of them.
  pattern = [[\b(nbp_[A-Za-z0-9]{36})\b]],
  keywords = { "nbp_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[NB_API_TOKEN=nbp_61YZMYPuBJKJNbv20X8MDqvTwE3wojba3kht]],
    [[curl -H 'Authorization: Token nbp_OalBlnp6F82ASz4V3PHcK4nkWfTM6nE2YWE3' https://api.netbird.io/api/peers]],
  },
  negative_examples = {
    [[curl -H 'Authorization: Token nbp_YOUR_TOKEN_HERE' https://api.netbird.io/api/users]],
    [[NB_API_TOKEN=${NETBIRD_TOKEN}]],
    [[NB_API_TOKEN=nbp_Y2WsDOun0kneVDC8l94HXPon5VienG]],
  },
}

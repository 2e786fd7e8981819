return {
  id = "secrets.zerotier-central-api-token",
  title = "ZeroTier Central API token",
  severity = "high",
  tags = { "secrets", "zerotier" },
  applies_to = { "*" },
  help = [[A personal API token of ZeroTier Central, the hosted controller of ZeroTier networks. It acts as the user who created it on every network that user administers: authorizing or removing members, changing routes, IP assignments, flow rules and DNS, or creating networks, enough to let an unknown device into a private network.

**Fix:** Delete the token on the ZeroTier Central account page (*Account > API Access Tokens*), check each network's member list for devices that should not be there, and give automation a service-account token with an expiry, kept in the secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.zerotier.com/tokens",
    "https://docs.zerotier.com/api-central/",
    "https://docs.zerotier.com/openapi/centralv1.json",
  },
  -- ZeroTier Central API (centralv1 OpenAPI): tokens are sent as 'Authorization: token|bearer <token>'; the web UI
  -- generates them as 32 random characters (/randomToken). The shape is not distinctive, so 'zerotier' must come first
  -- on the line, followed by a token/key name and an assignment, or by an Authorization header.
  pattern = [[(?i:\bzerotier[^\n]{0,40}?(?:token|key|secret)\w*[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?|zerotier[^\n]{0,120}?authorization:[ \t]*(?:bearer|token)[ \t]+)([A-Za-z0-9]{32})\b]],
  keywords = { "zerotier" },
  entropy = 3.8,
  examples = {
    [[ZEROTIER_CENTRAL_TOKEN=HZMz4Xt4cPDLU997F5uabft3a2pGx7Uj]],
    [[curl -s https://api.zerotier.com/api/v1/network -H 'Authorization: token r9cfLhFJll15IxgpCEGpyeYOOi2RF0K6']],
  },
  negative_examples = {
    [[ZEROTIER_CENTRAL_TOKEN=${ZT_TOKEN}]],
    [[ZEROTIER_NETWORK_ID=8056c2e21c000001]],
    [[API_TOKEN=FAUisvmadavYOSBf58RXpWsATcbGLD02]],
    [[zerotier_central_token = var.zt_token]],
  },
}

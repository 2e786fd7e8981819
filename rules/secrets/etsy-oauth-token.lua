return {
  id = "secrets.etsy-oauth-token",
  title = "Etsy OAuth access or refresh token",
  severity = "high",
  tags = { "secrets", "etsy" },
  applies_to = { "*" },
  help = [[An Etsy Open API v3 OAuth 2.0 token: the numeric Etsy user ID, `.`, and the token. An access token (valid one hour) or a refresh token (valid 90 days, minting new access tokens) acts as the seller who authorized the app within the granted scopes, for example listings, shop settings, and receipts and transactions with buyers' names and shipping addresses.

**Fix:** Have the seller remove the app's access in their Etsy account settings (*Apps*), which invalidates its tokens, and reset the app's shared secret in *Your Apps* if it may also be exposed. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developers.etsy.com/documentation/essentials/requests/",
    "https://developers.etsy.com/documentation/essentials/authentication/",
  },
  pattern = [[(?i:(?:etsy)[\w.\-]{0,30}?(?:token|bearer|auth|access|refresh)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(\d{4,12}\.[A-Za-z0-9_\-]{20,400})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "etsy" },
  entropy = 3.5,
  examples = {
    [[ETSY_ACCESS_TOKEN=542308792.LEvLStOgAC17EGNyYT9kkwRW1Tu-dvrGi4lxC4e7IQCT4OAQzMxyNYQe1YfPARUbflcp6O0AaDU1z6cb]],
    [[  etsy_refresh_token: "115634955.p21zavOyxE6Tk_OloCONFoYghBNyghC7W3AgXC562eQF0S2yfE4D4i-_WXl8owgSYuwmOFJmyfj3UaTB"]],
  },
  negative_examples = {
    [[ETSY_ACCESS_TOKEN=12345678.short]],
    [[ETSY_TOKEN_EXPIRES_AT=1735689600.123]],
    [[ETSY_ACCESS_TOKEN=${ETSY_ACCESS_TOKEN}]],
  },
}

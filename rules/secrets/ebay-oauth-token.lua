return {
  id = "secrets.ebay-oauth-token",
  title = "eBay OAuth access or refresh token",
  severity = "high",
  tags = { "secrets", "ebay" },
  applies_to = { "*" },
  help = [[An eBay REST API OAuth token, recognisable by its `v^1.1#` header of `x^n#` flags followed by `t^` and the token body. An application access token (2 hours) calls the public Buy and Commerce APIs as the app; a user access token (2 hours) or user refresh token (about 18 months, minting new access tokens) acts as the seller or buyer who consented, within the granted scopes: listings, inventory, orders with buyer names and addresses, fulfilment and finances.

**Fix:** Revoke the user's consent (the user can remove the app under *Account settings > Permissions* on eBay, or eBay Developer Technical Support can revoke active tokens), reset the application's Cert ID (client secret) if it may also be exposed, and have the user authorize again. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developer.ebay.com/api-docs/static/oauth-qref-client-credentials-grant.html",
    "https://developer.ebay.com/api-docs/static/oauth-client-credentials-grant.html",
  },
  pattern = [[(?:^|[^A-Za-z0-9_])(v\^1\.1#(?:[A-Za-z]\^\d{1,3}#){2,12}t\^[A-Za-z0-9+/=*_\-]{20,1000})]],
  keywords = { "v^1.1#" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[EBAY_OAUTH_TOKEN=v^1.1#I^3#p^3#i^1#f^0#r^0#t^H4sIAAAAAAAAAkxqqUPDgA0WUqxUuvpKagrdD0Om6wuYs5z8yTMqJ0OdvIiitGjKfz+bx7c/scf1WQB4rPjaA8ixfmsUZEcX7i4hWc/zZzoNwe53/GIPRBxKaN3QLyRE5ig/==]],
    [[  ebay_refresh_token: "v^1.1#I^3#f^0#r^1#i^1#p^3#t^Ul4xunr40Jpq7fugNsofSITZwSQPC5SkPdxkojo9nkBr+2eX96yOmFAehNsqpBMZ=="]],
  },
  negative_examples = {
    [[EBAY_OAUTH_TOKEN=v^1.1#i^1#p^3#r^1...]],
    [[EBAY_OAUTH_TOKEN=v^1.1#i^1#p^3#r^0#I^3#f^0#t^short]],
    [[EBAY_OAUTH_TOKEN=${EBAY_OAUTH_TOKEN}]],
  },
}

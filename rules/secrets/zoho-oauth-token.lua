return {
  id = "secrets.zoho-oauth-token",
  title = "Zoho OAuth refresh or access token",
  severity = "high",
  tags = { "secrets", "zoho" },
  applies_to = { "*" },
  help = [[A Zoho OAuth 2.0 token of the form `1000.<32 hex>.<32 hex>`. Refresh tokens do not expire and mint access tokens for the scopes granted (Zoho CRM, Books, People, Desk, Mail…); access tokens of the same shape are valid for one hour.

**Fix:** Revoke the refresh token (`POST {accounts-server}/oauth/v2/token/revoke?token=…`, or remove the client's connection under *Zoho Accounts > Security > Connected Apps*), then authorize again to get a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html",
    "https://www.zoho.com/contracts/api/getting-started/refreshing-access-tokens.html",
  },
  pattern = [[(?:^|[^0-9A-Za-z_.])(1000\.[0-9a-f]{32}\.[0-9a-f]{32})\b]],
  keywords = { "1000." },
  keywords_exact = true,
  entropy = 3.0,
  allow = { [[(?i)(?:86a03ca5dbfccb7445b1889b8215efb0)]] },
  examples = {
    [[ZOHO_REFRESH_TOKEN=1000.2c4519e1f94d38661f5abe9bafcbade5.1430c8a65e8d82a79fda7af8de5907fb]],
    [[curl -H 'Authorization: Zoho-oauthtoken 1000.380b8389046e78c02bfaf13be85470c2.d5d561aac21d8812ba7d43dc6c7286e7' https://www.zohoapis.com/crm/v2/Leads]],
  },
  negative_examples = {
    [[ZOHO_REFRESH_TOKEN=1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1]],
    [[ZOHO_REFRESH_TOKEN=1000.8ecdxxxxxxxxxxxxxxxxxxxxx5cb7.4638xxxxxxxxxxxxxxxxxxxxxxebdc]],
    [[ZOHO_CLIENT_ID=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0]],
    [[total=11000.2c4519e1f94d38661f5abe9bafcbade5.1430c8a65e8d82a79fda7af8de5907fb]],
  },
}

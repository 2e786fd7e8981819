return {
  id = "secrets.zoho-client-secret",
  title = "Zoho OAuth client secret",
  severity = "high",
  tags = { "secrets", "zoho" },
  applies_to = { "*" },
  help = [[The client secret of a client registered in the Zoho API console (a server-based, web or self client). With the client id it exchanges grant codes and refresh tokens for access tokens, and a self client can obtain access tokens with the client credentials grant alone, acting on the owner's Zoho account (CRM, Books, People, Desk…) for the scopes requested.

**Fix:** Regenerate the client secret in the Zoho API console (*Client > Client Secret*), or delete the client, then revoke the refresh tokens it issued. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.zoho.com/accounts/protocol/oauth/self-client/overview.html",
    "https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html",
  },
  pattern = [[(?i:(?:zoho[\w.\-]{0,30}?(?:client[_\-]?secret|secret)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|accounts\.zoho\.[a-z.]{2,6}/oauth/v2/token\?[^\n]{0,300}?[?&]client_secret=))([0-9a-f]{36,44})\b]],
  keywords = { "zoho" },
  entropy = 3.0,
  allow = { [[(?i)(?:^122c324d3496d5d7|^fb01x)]] },
  examples = {
    [[ZOHO_CLIENT_SECRET=1add3013083ed0aca4fa584573c676bc3287a1d21d]],
    [[curl -X POST 'https://accounts.zoho.com/oauth/v2/token?grant_type=client_credentials&client_id=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0&client_secret=d88097700a5abf37b0c0f43e33647d179fbb1aca15&scope=ZohoCRM.modules.ALL']],
  },
  negative_examples = {
    [[ZOHO_CLIENT_SECRET=122c324d3496d5d777ceeebc129470715fbb856b7]],
    [[ZOHO_CLIENT_ID=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0]],
    [[CLIENT_SECRET=1add3013083ed0aca4fa584573c676bc3287a1d21d]],
    [[ZOHO_CLIENT_SECRET=${{ secrets.ZOHO_CLIENT_SECRET }}]],
  },
}

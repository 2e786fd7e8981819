return {
  id = "secrets.onelogin-api-client-secret",
  title = "OneLogin API client secret",
  severity = "high",
  tags = { "secrets", "onelogin" },
  applies_to = { "*" },
  help = [=[The client secret of a OneLogin API credential pair. With the client id it calls the Generate Tokens API for OAuth 2.0 bearer tokens whose power follows the pair's scope: from authentication-only calls up to *Manage all*, which administers every user, role, app, group and MFA factor of the OneLogin account.

**Fix:** Delete the credential pair in the OneLogin admin portal (*Developers > API Credentials*) and create a new one with the narrowest scope; then review the events log for its use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.onelogin.com/api-docs/1/getting-started/working-with-api-credentials",
  },
  pattern = [=[(?i:(?:onelogin[\w.\-]{0,30}?secret[\w.\-]{0,12}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?|client_id:[ \t]*[a-f0-9]{64},[ \t]*client_secret:[ \t]*))([a-f0-9]{64})\b]=],
  keywords = { "onelogin", "client_secret:" },
  entropy = 3.2,
  examples = {
    [=[ONELOGIN_CLIENT_SECRET=e0fec84487cf5d3759638f3d5d19e5b9047e4017d480d9352b9f150f65ff5fab]=],
    [=[curl -X POST https://acme.onelogin.com/auth/oauth2/v2/token -H 'Authorization: client_id:83fb99f7e5a90ffa8e91cfc6f65564281c0afeeceeea0bc8db2ef27aa6b26c1c, client_secret:f1d5b4490c3cb2b1d0b57f2dbc52bfb8fd8f0284b92c71000c42fac4712baeab' -d '{"grant_type":"client_credentials"}']=],
    [=[  onelogin_client_secret: "7ee803a04f0723a0206abd8aee884949d39783614010efbe014699b90b54c656"]=],
  },
  negative_examples = {
    [=[ONELOGIN_CLIENT_ID=015d5a36c070fd5339279b6a5750b4ec64e886a7d1bb0a28b7938df1be9fe91c]=],
    [=[ONELOGIN_CLIENT_SECRET=${ONELOGIN_CLIENT_SECRET}]=],
    [=[ONELOGIN_CLIENT_SECRET=950e77675482198ef312683e63e69ab6aadc1ca9]=],
  },
}

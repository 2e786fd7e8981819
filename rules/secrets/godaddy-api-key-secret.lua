return {
  id = "secrets.godaddy-api-key-secret",
  title = "GoDaddy API key and secret (sso-key)",
  severity = "high",
  tags = { "secrets", "godaddy" },
  applies_to = { "*" },
  help = [[A GoDaddy Developer Portal (or reseller) API key and its secret, written together as the `Authorization: sso-key <key>:<secret>` value of GoDaddy's API. The pair acts as the GoDaddy account (production keys) or its OTE test account: listing, registering and renewing domains, changing their DNS records, name servers and contacts, and for resellers placing orders against the account's funds.

**Fix:** Delete the key in the GoDaddy Developer Portal (*API Keys*) or the Reseller Control Center (*Settings > API Keys*), create a replacement (or move to a scoped, expiring personal access token), and review the DNS records and orders of the account. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.godaddy.com/getstarted",
    "https://www.godaddy.com/help/set-up-my-api-reseller-account-40137",
  },
  pattern = [=[(?i:\bsso-key)[ \t]+([A-Za-z0-9_]{16,64}:[A-Za-z0-9_]{12,64})(?:[^A-Za-z0-9_]|$)]=],
  keywords = { "sso-key" },
  entropy = 4.0,
  examples = {
    [[curl -H "Authorization: sso-key 8RHpJt7DsQY9_Fpv1Fgw71CRRXX9lmqVNpq:dUyFoWU6ieCqxKbxJ9oyRO" https://api.godaddy.com/v1/domains]],
    [[headers = {'Authorization': 'sso-key hFXjkgvQw8qjYqsKGiwUlBf02G2Ut5W0lRhN:bLeLSbyF2Ag3ZEJO1Ga9Eh'}]],
  },
  negative_examples = {
    [[Authorization: sso-key {api_key}:{api_secret}]],
    [[curl -H "Authorization: sso-key $GODADDY_KEY:$GODADDY_SECRET" https://api.godaddy.com/v1/domains]],
    [=[Authorization: sso-key [API_KEY]:[API_SECRET]]=],
    [[Authorization: sso-key 8RHpJt7DsQY9_Fpv1Fgw71CRRXX9lmqVNpq]],
  },
}

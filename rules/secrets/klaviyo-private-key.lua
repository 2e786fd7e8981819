return {
  id = "secrets.klaviyo-private-key",
  title = "Klaviyo private API key",
  severity = "high",
  tags = { "secrets", "klaviyo" },
  applies_to = { "*" },
  help = [=[A Klaviyo private API key (`pk_…`). Within its scopes (full access by default) it reads and writes the account's profiles, lists, segments, events, campaigns, flows and catalogs through the `/api` endpoints, which includes customers' personal data and the ability to send campaigns.

**Fix:** Revoke the key in Klaviyo (*Settings > API keys > Private API Keys > Revoke*) and create a new one with only the scopes the integration needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.klaviyo.com/en/docs/retrieve_api_credentials",
    "https://developers.klaviyo.com/en/docs/authenticate_",
  },
  pattern = [=[(?i:klaviyo)[^\n]{0,60}?\b(pk_[A-Za-z0-9]{30,40})\b]=],
  keywords = { "klaviyo" },
  entropy = 3.5,
  examples = {
    [=[KLAVIYO_PRIVATE_API_KEY=pk_afb2bbcef4e7e02ee8a33dfe0c7db39c72]=],
    [=[curl -H 'Authorization: Klaviyo-API-Key pk_be88a9500d1ec0836e793d97a08a2c758b' -H 'revision: 2024-10-15' https://a.klaviyo.com/api/lists/]=],
    [=[  klaviyo_api_key: "pk_KgEXtBs7tibG9anYOd0ksfeVkQVvytqu63"]=],
  },
  negative_examples = {
    [=[KLAVIYO_PUBLIC_KEY=XUBTVN]=],
    [=[KLAVIYO_PRIVATE_API_KEY=pk_live_LbckMGsoMEubfrMdUL0f5mx6]=],
    [=[STRIPE_KEY=pk_f85f75683ed85c29d3a683c077ddbf56aa]=],
  },
}

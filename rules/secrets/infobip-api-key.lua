return {
  id = "secrets.infobip-api-key",
  title = "Infobip API key",
  severity = "high",
  tags = { "secrets", "infobip" },
  applies_to = { "*" },
  help = [=[An Infobip API key, sent as `Authorization: App <key>`. Within its scopes it sends SMS, WhatsApp, Viber, voice and email messages billed to the account, and reads message logs, delivery reports and the People (contacts) data.

**Fix:** Revoke the key on the Infobip *Developers > API keys* page (or through the API key management API) and create a new one with only the scopes needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.infobip.com/docs/essentials/api-essentials/api-authentication",
    "https://www.infobip.com/docs/developer-resources/authentication-and-access/api-authentication",
  },
  pattern = [=[(?i:(?:infobip[^\n]{0,60}?|authorization[\"']?[ \t]*[:=][ \t]*[\"']?app[ \t]+))\b([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b]=],
  keywords = { "infobip", "authorization" },
  entropy = 3.2,
  examples = {
    [=[INFOBIP_API_KEY=73db7572eef3b36f93725c857ce73e2a-95f6e112-b18b-4846-8b1c-a918678aeb3b]=],
    [=[curl -H 'Authorization: App dfde2d3949cbbe9b9332e571f394485c-3890802a-6f2c-4ac6-a628-f472954e6613' https://xyz12.api.infobip.com/sms/2/text/advanced]=],
    [=[  infobip_api_key: "c346ad1d20b757aece1eae739b85b15c-7e3c2264-5509-40b7-afb2-0f7ef02ceea2"]=],
  },
  negative_examples = {
    [=[INFOBIP_BASE_URL=https://xyz12.api.infobip.com]=],
    [=[INFOBIP_API_KEY=262ff65c-35e1-47e4-b53d-433132ed304b]=],
    [=[Authorization: App ${INFOBIP_API_KEY}]=],
  },
}

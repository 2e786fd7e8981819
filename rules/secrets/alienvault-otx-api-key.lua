return {
  id = "secrets.alienvault-otx-api-key",
  title = "AlienVault OTX API key",
  severity = "medium",
  tags = { "secrets", "alienvault" },
  applies_to = { "*" },
  help = [=[An AlienVault Open Threat Exchange (OTX) DirectConnect API key, sent as `X-OTX-API-KEY`. It acts as the OTX user: reading the user's subscribed and private pulses and creating, editing or deleting pulses in their name.

**Fix:** Reset the key on the OTX *Settings* page and update the integrations that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://otx.alienvault.com/api",
    "https://github.com/AlienVault-OTX/OTX-Python-SDK",
  },
  pattern = [=[(?i:(?:alien_?vault|(?:\b|_)otx)[\w.\-]{0,30}?(?:key|token))[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "otx", "alienvault", "alien_vault" },
  entropy = 3.2,
  examples = {
    [=[OTX_API_KEY=01bf23783f5b868957dfa10d963deaaf49644b2c4f9a8cf6aea563b5b25f4bf9]=],
    [=[  alienvault_otx_key: "5245f81b0dde09a2e671ea05dbc5339bfbe71d37007d730c0eeab8da2bc6e721"]=],
  },
  negative_examples = {
    [=[OTX_PULSE_ID=5245f81b0dde09a2e671ea05]=],
    [=[OTX_API_KEY=${OTX_API_KEY}]=],
    [=[OTX_API_KEY=0000000000000000000000000000000000000000000000000000000000000000]=],
  },
}

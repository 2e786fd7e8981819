return {
  id = "secrets.shipengine-sandbox-api-key",
  title = "ShipEngine / ShipStation API sandbox key",
  severity = "medium",
  tags = { "secrets", "shipengine" },
  applies_to = { "*" },
  help = [[A ShipEngine (now ShipStation API) sandbox API key, recognisable by its `TEST_` prefix. It works only against the sandbox: test labels, rates and carriers with no charges and no production data. It still identifies the account and exposes whatever test data (addresses, shipments) was stored there. (Production keys have no prefix and are not matched by this rule.)

**Fix:** Delete the key in the ShipStation API dashboard (*API Management*, sandbox environment) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://docs.shipstation.com/apis/shipengine/docs/getting-started/sandbox",
    "https://www.shipengine.com/docs/auth/",
  },
  pattern = [[(?i:(?:shipengine|ship_engine|shipstation|ship_station)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(TEST_[A-Za-z0-9+/=]{20,80})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "shipengine", "ship_engine", "shipstation", "ship_station" },
  entropy = 3.5,
  examples = {
    [[SHIPENGINE_API_KEY=TEST_KIptDH8RJD8abr2gXJzmcjfCQVEsvvnRU6RHECV6eEC]],
    [[  shipstation_api_key: "TEST_l1Lcy3RbGrK74OMrlM6r64uvz1doOh4B1sgIH8nWP0s"]],
  },
  negative_examples = {
    [[SHIPENGINE_API_KEY=TEST_...]],
    [[SHIPENGINE_CARRIER_CODE=TEST]],
    [[SHIPENGINE_API_KEY=${SHIPENGINE_API_KEY}]],
  },
}

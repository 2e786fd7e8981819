return {
  id = "secrets.exchangerate-api-key",
  title = "ExchangeRate-API key",
  severity = "medium",
  tags = { "secrets", "exchangerate-api" },
  applies_to = { "*" },
  help = [=[An ExchangeRate-API (exchangerate-api.com) key, which its v6 endpoints carry as a path segment (`https://v6.exchangerate-api.com/v6/<key>/latest/USD`). Requests made with it count against the plan's monthly quota.

**Fix:** Regenerate the key in the ExchangeRate-API dashboard. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.exchangerate-api.com/docs/standard-requests",
    "https://www.exchangerate-api.com/docs/authentication",
  },
  pattern = [=[(?i:https?://v6\.exchangerate-api\.com/v6)/([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "exchangerate-api.com" },
  entropy = 3.0,
  examples = {
    [=[RATES_URL=https://v6.exchangerate-api.com/v6/301929d76735f35865c11af0e1d3375a/latest/USD]=],
    [=[my $URL = "https://v6.exchangerate-api.com/v6/72f5d8fcc49af5e5cd50f5d5ef02e19c/pair/EUR/GBP";]=],
  },
  negative_examples = {
    [=[RATES_URL=https://v6.exchangerate-api.com/v6/YOUR-API-KEY/latest/USD]=],
    [=[RATES_URL=https://v6.exchangerate-api.com/v6/${RATES_KEY}/latest/USD]=],
  },
}

return {
  id = "secrets.taxjar-api-token",
  title = "TaxJar API token",
  severity = "high",
  tags = { "secrets", "taxjar" },
  applies_to = { "*" },
  help = [[A TaxJar API token (live or sandbox). It calculates sales tax on the account's subscription, and reads, creates and deletes the order and refund transactions, customers and nexus regions used for reporting and AutoFile, so it exposes customer addresses and sales data and can alter filings.

**Fix:** Delete the token in TaxJar (*Account > TaxJar API*) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developers.taxjar.com/integrations/authentication",
    "https://developers.taxjar.com/api/guides/node",
  },
  pattern = [[(?i:(?:taxjar|tax_jar|tax-jar)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "taxjar", "tax_jar", "tax-jar" },
  entropy = 3.0,
  examples = {
    [[TAXJAR_API_KEY=b031595453ddca5af6f51ffe8b916d8c]],
    [[  taxjar_token: "69ff1756db85513aa525506eedec80a1"]],
  },
  negative_examples = {
    [[TAXJAR_API_KEY=9db50b51661d0d4bb70c]],
    [[TAXJAR_API_URL=https://api.sandbox.taxjar.com]],
    [[TAXJAR_API_KEY=${TAXJAR_API_KEY}]],
  },
}

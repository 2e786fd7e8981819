return {
  id = "secrets.plaid-access-token",
  title = "Plaid access token",
  severity = "high",
  tags = { "secrets", "plaid" },
  applies_to = { "*" },
  help = [[A Plaid Item access token for the production (or legacy development) environment. With the client id and secret it reads the linked bank account's balances, transactions and identity data.

**Fix:** Call `/item/access_token/invalidate` (rotate) or `/item/remove`, and rotate the Plaid secret if it was stored alongside. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://plaid.com/docs/api/tokens/",
    "https://plaid.com/docs/api/items/#itemaccess_tokeninvalidate",
  },
  pattern = [[\b(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "access-production-", "access-development-" },
  entropy = 3.3,
  examples = {
    [[PLAID_ACCESS_TOKEN=access-production-bd7970d4-4bf1-ed55-88aa-c64e9baecbc5]],
    [[  "access_token": "access-production-b2c8d945-58e5-27ab-d65f-8f9351dd88fb",]],
  },
  negative_examples = {
    [[PLAID_ACCESS_TOKEN=access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970]],
    [[PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000]],
  },
}

return {
  id = "secrets.monte-carlo-api-key-secret",
  title = "Monte Carlo API key secret",
  severity = "high",
  tags = { "secrets", "monte-carlo" },
  applies_to = { "*" },
  help = [[The secret half of a Monte Carlo (data observability) API key, sent as the `x-mcd-token` header with the key id in `x-mcd-id`. A personal key acts as the user and an account-level key (created by an Account Owner) acts for the account on the GraphQL API: reading and changing monitors, incidents, lineage and the metadata collected from the warehouses, lakes and BI tools Monte Carlo is connected to.

**Fix:** Delete the key on the Monte Carlo *Settings > API* page and create a new one; prefer a personal key with an expiry over an account-level key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.getmontecarlo.com/docs/api-authentication",
  },
  pattern = [[(?i:(?:x-)?mcd[_\-](?:default[_\-])?(?:api[_\-])?token|monte[_\-]?carlo[\w.\-]{0,30}?(?:token|secret))["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9+/]{56})(?:[^A-Za-z0-9+/=_\-]|$)]],
  keywords = { "mcd_", "mcd-", "montecarlo", "monte_carlo", "monte-carlo" },
  entropy = 4.5,
  examples = {
    [[MCD_DEFAULT_API_TOKEN=VhOdd/aFuS1iFqNTHC2il+9ELxaTTeUIrCfFwhKTHRJ0N2DvEZ1/1JTJ]],
    [[curl -X POST https://api.getmontecarlo.com/graphql -H 'x-mcd-id: 4f1d0c2be8a94f7c9d3e6a5b1c2d3e4f' -H 'x-mcd-token: sN5Wz/2liJRIeO7lugvfUXbd9GBVAtCpPehsmu63QldnAo0MzBZuTany']],
  },
  negative_examples = {
    [[MCD_DEFAULT_API_TOKEN=<TOKEN>]],
    [[MCD_DEFAULT_API_TOKEN=NpRe2mjFVGp6ohY0JniC4fmAR8XZTTs0T0t0XJLX]],
    [[MCD_DEFAULT_API_TOKEN=${MCD_DEFAULT_API_TOKEN}]],
  },
}

return {
  id = "secrets.gcore-permanent-api-token",
  title = "Gcore permanent API token",
  severity = "high",
  tags = { "secrets", "gcore" },
  applies_to = { "*" },
  help = [[A Gcore permanent API token, sent as `Authorization: APIKey <token>`. One token authenticates to every Gcore product (Cloud, CDN, DNS, Storage, WAAP, DDoS protection, FastEdge, Streaming) with the role chosen at creation, up to *Administrators*, and may never expire.

**Fix:** Delete the token in the Gcore Customer Portal (*Profile > API tokens*), create a replacement with the lowest role that works and an expiry date, and review the account's activity log for its use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://gcore.com/docs/account-settings/create-use-or-delete-a-permanent-api-token",
    "https://gcore.com/docs/developer-tools/rest-api/authentication",
    "https://gcore.com/docs/api-reference/iam/api-tokens/create-api-token-1",
  },
  pattern = [=[(?i:authorization["']?[ \t]*[:=,][ \t]*["']?apikey[ \t]+|gcore\w{0,20}?(?:token|key|secret|auth)\w{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?:apikey[ \t]+)?)([0-9]{1,10}\\?[$_][A-Za-z0-9]{32,256})(?:[^A-Za-z0-9.]|$)]=],
  keywords = { "gcore", "apikey" },
  entropy = 3.0,
  examples = {
    [[curl -H 'Authorization: APIKey 48213$9b1b6511b0b8dc0ecc9fb9c1499d1f0d87d812bc86a3f82d3cf9f464b0a08909' https://api.gcore.com/iam/users/me]],
    [[GCORE_API_KEY=3071_d69ac2943ca26c2d08173e814541679e270b4f1dd05187881933174d3cc54f0c3ca04eef7a742dffc26aa43a59e009092406caab23a0d1410844d77711e5e9b6]],
  },
  negative_examples = {
    [[export GCORE_API_KEY="29841\$c767..."]],
    [[curl -H 'Authorization: APIKey 7711$eyJ0eXAiOiJKV' https://api.gcore.com/cdn/resources]],
    [[curl -H "Authorization: APIKey $GCORE_API_KEY" https://api.gcore.com/iam/users/me]],
    [[GCORE_API_KEY=${{ secrets.GCORE_API_KEY }}]],
  },
}

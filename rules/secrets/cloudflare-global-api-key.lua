return {
  id = "secrets.cloudflare-global-api-key",
  title = "Cloudflare Global API key",
  severity = "critical",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[The legacy Global API Key of a Cloudflare user. With the account e-mail it has every permission of the user on every account and zone the user belongs to; it cannot be scoped.

**Fix:** Change the Global API Key (My Profile > API Tokens > Global API Key > Change) and move automation to scoped API tokens. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/keys/",
    "https://developers.cloudflare.com/fundamentals/api/how-to/make-api-calls/",
  },
  pattern = [[(?i)(?:\bcloudflare[\w.\-]{0,20}(?:api[_\-]?key|global[_\-]?key|auth[_\-]?key)|\bcf[_\-]api[_\-]key|\bx-auth-key)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([a-f0-9]{37})\b]],
  keywords = { "cloudflare", "cf_api_key", "cf-api-key", "x-auth-key" },
  entropy = 3.0,
  examples = {
    [[CLOUDFLARE_API_KEY=2e4d5236aafcf20bb5c53450822abab83f073]],
    [[curl -H 'X-Auth-Email: ops@example.org' -H 'X-Auth-Key: 29d403b90e0d4c333ab74738e33cda09a8fa7' https://api.cloudflare.com/client/v4/zones]],
    [[  cf_api_key = "c1aeda41d280190429bf7a9fc0ec48bcf3809"]],
  },
  negative_examples = {
    [[CLOUDFLARE_API_KEY=ac1fcdfb23b218b4e87e02bd02ea4e2a]],
    [[X-Auth-Key: $CF_API_KEY]],
    [[cloudflare_account_id: 0981a54a94d8c674938825c302d8f14f]],
  },
}

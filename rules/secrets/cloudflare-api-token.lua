return {
  id = "secrets.cloudflare-api-token",
  title = "Cloudflare API token",
  severity = "high",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[A scoped Cloudflare API token. Depending on its permission groups it edits DNS, WAF and cache settings, Workers, Pages, R2 and account members for the zones and accounts it covers.

**Fix:** Roll or delete the token (My Profile > API Tokens, or the account's API tokens page) and review the audit log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    "https://developers.cloudflare.com/fundamentals/api/reference/permissions/",
  },
  pattern = [[(?i)(?:\bcloudflare[\w.\-]{0,20}token|\bcf[_\-](?:api[_\-])?token)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "cloudflare", "cf_api_token", "cf_token", "cf-api-token", "cf-token" },
  entropy = 4.0,
  examples = {
    [[CLOUDFLARE_API_TOKEN=z87aO2sUs0Zw1pwvpqVCndH0SVXhIbDpsti8oX-3]],
    [[  cloudflare_api_token: "GE8D7vEIsVGieuc0Qjhq5XKj3WgsIiUAgzsF1rsn"]],
    [[export CF_API_TOKEN=BHxStsymQm9VvzO5P7r94vsXxLfiJUi4MdttUTAd]],
  },
  negative_examples = {
    [[CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}]],
    [[cloudflare_zone_id: 62244baf6bfcb7486d7e509150c4503d]],
    [[CLOUDFLARE_API_TOKEN=4szvP60Aq3WxF2LjJ9w-PUxPD3tpPQd6]],
  },
}

return {
  id = "secrets.brightdata-api-key",
  title = "Bright Data API key",
  severity = "high",
  tags = { "secrets", "brightdata" },
  applies_to = { "*" },
  help = [[A Bright Data API key (64 hex characters, sent as `Authorization: Bearer`). Depending on the permission level set at creation (admin, finance, ops, limited, user) it uses the account's scraping and proxy products at the account's expense, manages zones and their passwords, or reaches billing.

**Fix:** Delete the key in the Bright Data control panel (*Account settings > API keys*, admin only) and create a new one with the narrowest permission level and an expiration date. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.brightdata.com/api-reference/authentication",
    "https://docs.brightdata.com/api-reference/scrapers/management-apis/get-snapshot-delivery-parts",
  },
  pattern = [[(?i:(?:bright[_\-.]?data)[\w.\-]{0,30}?(?:key|token|secret|auth|bearer)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{64})\b]],
  keywords = { "brightdata", "bright_data", "bright-data", "bright.data" },
  entropy = 3.5,
  allow = { [[^b5648e1096c6442f60a6c4bbbe73f8d2234d3d8324554bd6a7ec8f3f251f07df$]] },
  examples = {
    [[BRIGHTDATA_API_KEY=38a44bb653e8bee96765de3418e967f6bfe704192ce02cdf8fbe84cb4ea34bd5]],
    [[  bright_data_token: "3d0c1cde0b1d6a0fbdc0c35db8eb41a2ba024fb744912c216abdcb37c4003dbb"]],
  },
  negative_examples = {
    [[BRIGHTDATA_API_KEY=b5648e1096c6442f60a6c4bbbe73f8d2234d3d8324554bd6a7ec8f3f251f07df]],
    [[BRIGHTDATA_API_KEY=${BRIGHTDATA_API_KEY}]],
    [[BRIGHTDATA_ZONE=37cc3a8c43c27bf0d2f6bea745786b837ad47f5a54e006012f44e4518ad62bee]],
    [[BRIGHTDATA_API_KEY=f729907a957b412829649fb3372404c246cacff9]],
  },
}

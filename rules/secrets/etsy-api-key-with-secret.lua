return {
  id = "secrets.etsy-api-key-with-secret",
  title = "Etsy Open API key with shared secret",
  severity = "medium",
  tags = { "secrets", "etsy" },
  applies_to = { "*" },
  help = [[An Etsy Open API v3 app credential in the form Etsy requires in the `x-api-key` header: the app's keystring and its shared secret joined by `:`. It authenticates the app itself (public shop and listing data, rate limits counted against the app) and, with a user's OAuth token, is required for every call made on that seller's behalf; the shared secret is also what the app uses to prove its identity, so it must stay confidential.

**Fix:** Reset the shared secret for the app in Etsy's developer portal (*Your Apps*), and update every integration that sends the header. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developers.etsy.com/documentation/essentials/requests/",
    "https://github.com/etsy/open-api/discussions/1529",
  },
  pattern = [[(?:(?i:(?:etsy)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:etsy\.com\b[^\n]{0,200}?x-api-key:[ \t]*))([A-Za-z0-9]{20,32}:[A-Za-z0-9]{8,16})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "etsy" },
  entropy = 3.5,
  examples = {
    [[ETSY_API_KEY=auaTtYvTEKa4CQoLJiandS:uloqjzet32]],
    [[  etsy_x_api_key: "qwlGzEUSn4yItc9PxesmbC:1mfopnb2qe"]],
  },
  negative_examples = {
    [[ETSY_API_KEY=xuaijy26a92w7fy6i9ta5oye]],
    [[ETSY_API_KEY=keystring:shared_secret]],
    [[ETSY_API_KEY=${ETSY_KEYSTRING}:${ETSY_SHARED_SECRET}]],
  },
}

return {
  id = "secrets.binance-api-secret-key",
  title = "Binance API secret key",
  severity = "critical",
  tags = { "secrets", "binance" },
  applies_to = { "*" },
  help = [[The secret half of a Binance HMAC API key pair (64 letters and digits). With the API key it signs requests to every endpoint the key is enabled for: account and balance reads, spot and futures trading and, if enabled, withdrawals.

**Fix:** Delete the API key in Binance (*Account > API Management*), create a new one with only the permissions needed and an IP access restriction, and review recent orders and withdrawals. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security",
    "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/endpoint-security-type",
  },
  pattern = [[(?i:(?:binance)[\w.\-]{0,30}?(?:secret|private|sec[_\-]?key|apisecret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{64})\b]],
  keywords = { "binance" },
  entropy = 4.5,
  allow = { [[^NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j$]] },
  examples = {
    [[BINANCE_API_SECRET=QCLBXwx6MDl6ZGO4achwuX2L51M6710vezewY2siBcDUOGeQQLojrEpRsytCnGHZ]],
    [[  binance_secret_key: "eio4b9AUy0IkxUeu1LAWz5DEuDIBSpgY8XODbJT5LgkOfylCfhKAd87ICf4J4NPS"]],
    [[client = Client(api_key, binance_secret='bHhRnsbRZZ6EgnUFyJB0subd1N58hAtkIC7QXn2YdwJpw16cr5DJRnW2YpjaXenQ')]],
  },
  negative_examples = {
    [[BINANCE_API_SECRET=NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j]],
    [[BINANCE_API_SECRET=${BINANCE_API_SECRET}]],
    [[BINANCE_API_KEY=Oui7srmnuZ0yaouQgb5orFOpeEq0YHgiYcrs1QPB4hfpeYqVMRYDMHBAb8x5l5zr]],
    [[BINANCE_API_SECRET=Oui7srmnuZ0yaouQgb5orFOpeEq0YHgiYcrs1QPB4hfpe]],
  },
}

return {
  id = "secrets.kraken-private-key",
  title = "Kraken API private key",
  severity = "critical",
  tags = { "secrets", "kraken" },
  applies_to = { "*" },
  help = [[The private (secret) half of a Kraken spot API key: 64 random bytes, base64-encoded to 88 characters. It signs `API-Sign` for private endpoints with the key's permissions: balances, trading, deposits and, if granted, withdrawals.

**Fix:** Delete the API key in Kraken (*Settings > API*), create a new one with only the permissions needed (avoid *Withdraw Funds*), and review the account's trades and funding history. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.kraken.com/api/docs/guides/spot-rest-auth",
    "https://support.kraken.com/hc/en-us/articles/360029054811-What-is-the-authentication-algorithm-for-private-endpoints-",
  },
  pattern = [[(?i:(?:kraken)[\w.\-]{0,30}?(?:secret|private|priv[_\-]?key|api[_\-.]?sec)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9+/]{86}==)(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "kraken" },
  entropy = 4.5,
  allow = { [[^kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==$]], [[^FRs\+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==$]] },
  examples = {
    [[KRAKEN_PRIVATE_KEY=ovay8BPwMN70AGP7GGa6ye82mhvj3rsNNWLIfiJByOESZa5PL+42FUbMruybC/BiWxzPpt9qByNEgQPS4t3sZA==]],
    [[  kraken_api_secret: "wbJS856AtqgTepISV09Qo/08/g5KjCxOfuYyhMNu4v3yh3LkWb5l4b0g88gQnA1TAL4iT5htSlG82ilfe1lmmw=="]],
  },
  negative_examples = {
    [[KRAKEN_API_SECRET=kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==]],
    [[KRAKEN_API_KEY=Npxl64bbR+Cz6hxYhd8xiOEcCdS+PKpOzhbv9Mydk0J7b1aNkhKNIGcV]],
    [[KRAKEN_API_SECRET=${KRAKEN_API_SECRET}]],
  },
}

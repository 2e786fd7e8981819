return {
  id = "secrets.apilayer-access-key",
  title = "APILayer access key (Fixer, currencylayer, mediastack, numverify)",
  severity = "medium",
  tags = { "secrets", "apilayer" },
  applies_to = { "*" },
  help = [=[An APILayer access key for one of its marketplace APIs (Fixer and currencylayer exchange rates, mediastack news, numverify phone validation), passed as the `access_key` query parameter. Requests made with it are counted against the subscription's monthly quota and plan.

**Fix:** Reset the access key in the product's account dashboard (each APILayer product has a *Reset* action next to the key). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://fixer.io/documentation",
    "https://currencylayer.com/documentation",
    "https://mediastack.com/documentation",
    "https://numverify.com/documentation",
  },
  pattern = [=[(?i:https?://(?:data\.fixer\.io|api\.currencylayer\.com|api\.mediastack\.com|api\.numverify\.com|(?:api\.)?apilayer\.net))/[^\s"'<>]*?[?&](?i:access_key)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "fixer.io", "currencylayer.com", "mediastack.com", "numverify.com", "apilayer.net" },
  entropy = 3.0,
  examples = {
    [=[FX_URL=https://data.fixer.io/api/latest?access_key=7f6a5a8804b2fb63b039a6847dd51fc5&symbols=USD,GBP]=],
    [=[resp = requests.get("http://api.mediastack.com/v1/news?access_key=df5fdacd74dbb88dc2328e90c2ac94ab&countries=us")]=],
  },
  negative_examples = {
    [=[FX_URL=https://data.fixer.io/api/latest?access_key=YOUR_ACCESS_KEY]=],
    [=[resp = requests.get(f"http://api.mediastack.com/v1/news?access_key={key}&countries=us")]=],
    [=[FX_URL=https://data.fixer.io/api/latest?access_key=${FIXER_KEY}]=],
  },
}

return {
  id = "secrets.newsapi-api-key",
  title = "News API key (newsapi.org)",
  severity = "medium",
  tags = { "secrets", "newsapi" },
  applies_to = { "*" },
  help = [=[A News API (newsapi.org) key, sent as the `apiKey` query parameter or the `X-Api-Key` header. Requests made with it count against the account's plan (developer plans are for non-production use only), and abuse is attributed to the account.

**Fix:** Regenerate the key in the News API account page and update the services that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://newsapi.org/docs/authentication",
    "https://newsapi.org/docs/get-started",
  },
  pattern = [=[(?i:https?://newsapi\.org)/[^\s"'<>]*?[?&](?i:apiKey)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "newsapi.org" },
  entropy = 3.0,
  examples = {
    [=[NEWS_URL=https://newsapi.org/v2/top-headlines?country=us&apiKey=bb7eb88af3cadaddeb74212ebc5ba851]=],
    [=[fetch('https://newsapi.org/v2/everything?q=bitcoin&apiKey=e19a09566cf969f31580949392b0d0d4')]=],
  },
  negative_examples = {
    [=[NEWS_URL=https://newsapi.org/v2/top-headlines?country=us&apiKey=API_KEY]=],
    [=[fetch(`https://newsapi.org/v2/everything?q=bitcoin&apiKey=${process.env.NEWS_API_KEY}`)]=],
    [=[NEWS_URL=https://newsapi.org/v2/top-headlines?country=us&apiKey=bb7eb88a]=],
  },
}

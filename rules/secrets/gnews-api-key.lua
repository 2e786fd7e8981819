return {
  id = "secrets.gnews-api-key",
  title = "GNews API key",
  severity = "medium",
  tags = { "secrets", "gnews" },
  applies_to = { "*" },
  help = [=[A GNews API key, passed as the `apikey` query parameter of `gnews.io/api/v4/…` requests. Requests made with it count against the account's daily quota and plan.

**Fix:** Regenerate the key in the GNews dashboard. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://gnews.io/docs/v4",
  },
  pattern = [=[(?i:https?://gnews\.io)/[^\s"'<>]*?[?&](?i:apikey)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "gnews.io" },
  entropy = 3.0,
  examples = {
    [=[GNEWS_URL=https://gnews.io/api/v4/search?q=election&lang=en&apikey=fa54700964c07cbed1c3321609de6507]=],
    [=[url = "https://gnews.io/api/v4/top-headlines?category=general&apikey=8397869f1c467c2289165be874b0cacb"]=],
  },
  negative_examples = {
    [=[GNEWS_URL=https://gnews.io/api/v4/search?q=election&apikey=API_KEY]=],
    [=[url = f"https://gnews.io/api/v4/top-headlines?category=general&apikey={apikey}"]=],
  },
}

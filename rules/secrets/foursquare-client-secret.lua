return {
  id = "secrets.foursquare-client-secret",
  title = "Foursquare API client secret (v2 userless URL)",
  severity = "medium",
  tags = { "secrets", "foursquare" },
  applies_to = { "*" },
  help = [=[The client secret of a Foursquare developer app, which the v2 Places API's userless access sends in the query string with the client id (`?client_id=…&client_secret=…&v=YYYYMMDD`). Foursquare asks developers to protect it and rotate it when exposed: whoever holds it makes calls billed and rate-limited as the app and can complete OAuth exchanges for it.

**Fix:** Reset the client secret in the Foursquare developer console for the app, or move the integration to v3 API keys kept server-side. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.foursquare.com/overview/auth",
    "https://docs.foursquare.com/developer/reference/authentication",
  },
  pattern = [=[(?i:https?://api\.foursquare\.com/v2)/[^\s"'<>]*?[?&](?i:client_secret)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "api.foursquare.com" },
  entropy = 3.0,
  examples = {
    [=[VENUES_URL=https://api.foursquare.com/v2/venues/search?ll=40.7,-74&client_id=M1K4GL00FS9JAPXJVH1TNSY0IJGXFJXRCOKEECCFI8DP4HKP&client_secret=Z26HROLALGTNLVNS4JFBLW8882JH96CSRR7BPOWVAE7XHJS3&v=20180323]=],
    [=[url = 'https://api.foursquare.com/v2/venues/explore?client_secret=XCKZ3PG2IFJEF480M7161NF3U9J2ENONJHZJ15QQSZ0QSQQW&client_id=abc&v=20190425']=],
  },
  negative_examples = {
    [=[VENUES_URL=https://api.foursquare.com/v2/venues/search?client_id=CLIENT_ID&client_secret=CLIENT_SECRET&v=20180323]=],
    [=[url = f'https://api.foursquare.com/v2/venues/explore?client_id={cid}&client_secret={secret}&v=20190425']=],
  },
}

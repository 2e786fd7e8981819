return {
  id = "secrets.ticketmaster-api-key",
  title = "Ticketmaster Discovery API key",
  severity = "medium",
  tags = { "secrets", "ticketmaster" },
  applies_to = { "*" },
  help = [=[A Ticketmaster developer API key (consumer key), passed as the `apikey` query parameter of the Discovery and other `app.ticketmaster.com` APIs. Requests made with it count against the application's daily quota and rate limit, and abuse is attributed to the developer account.

**Fix:** Regenerate the application's consumer key in the Ticketmaster developer portal (*My Apps*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.ticketmaster.com/products-and-docs/apis/getting-started/",
    "https://developer.ticketmaster.com/products-and-docs/apis/discovery-api/v2/",
  },
  pattern = [=[(?i:https?://app\.ticketmaster\.com)/[^\s"'<>]*?[?&](?i:apikey)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "app.ticketmaster.com" },
  entropy = 3.0,
  examples = {
    [=[EVENTS_URL=https://app.ticketmaster.com/discovery/v2/events.json?apikey=6957e221d7a610c0c61693b7c3948b38&city=Berlin]=],
    [=[url = "https://app.ticketmaster.com/discovery/v2/venues.json?keyword=arena&apikey=9561c17a64e9f127049454e9abe72b0e"]=],
  },
  negative_examples = {
    [=[EVENTS_URL=https://app.ticketmaster.com/discovery/v2/events.json?apikey={apikey}]=],
    [=[EVENTS_URL=https://app.ticketmaster.com/discovery/v2/events.json?apikey=${TM_KEY}]=],
  },
}

return {
  id = "secrets.eventbrite-private-token",
  title = "Eventbrite private (personal OAuth) token",
  severity = "high",
  tags = { "secrets", "eventbrite" },
  applies_to = { "*" },
  help = [=[An Eventbrite private token (the personal OAuth token shown on the account's API keys page), passed as the `token` query parameter or a Bearer header. Eventbrite states it grants full access to the account: its events, ticket classes, orders and attendees' personal data, and changes to all of them.

**Fix:** Reset the private token on the Eventbrite *Account Settings > Developer Links > API Keys* page and update the integration. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.eventbrite.com/platform/api#/introduction/authentication",
    "https://www.eventbrite.com/developer/v3/quickstart/",
  },
  pattern = [=[(?i:https?://(?:www\.)?eventbriteapi\.com)/[^\s"'<>]*?[?&](?i:token)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "eventbriteapi.com" },
  entropy = 3.0,
  examples = {
    [=[EB_URL=https://www.eventbriteapi.com/v3/users/me/owned_events/?token=P3KLDDX9WVNRXZ5FR7GT]=],
    [=[r = requests.get('https://www.eventbriteapi.com/v3/events/123456789/attendees/?token=RJQRPWU5UC1QYX20NLPF')]=],
  },
  negative_examples = {
    [=[EB_URL=https://www.eventbriteapi.com/v3/users/me/?token=MYTOKEN]=],
    [=[r = requests.get(f'https://www.eventbriteapi.com/v3/users/me/?token={token}')]=],
  },
}

return {
  id = "secrets.pusher-app-secret",
  title = "Pusher Channels app secret",
  severity = "high",
  tags = { "secrets", "pusher" },
  applies_to = { "*" },
  help = [[The secret of a Pusher Channels app. It signs server API requests (triggering events on any channel) and private/presence channel authorisations, so its holder can impersonate the backend and authorise themselves into private channels.

**Fix:** Create a new key pair for the app in the Pusher dashboard (*App Keys*) and delete the old one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://pusher.com/docs/channels/library_auth_reference/rest-api/",
    "https://pusher.com/docs/channels/server_api/authorizing-users/",
  },
  pattern = [[(?i:(?:pusher)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{20})\b]],
  keywords = { "pusher" },
  entropy = 3.0,
  examples = {
    [[PUSHER_APP_SECRET=952d9ce74c7216d5b78f]],
    [[  pusher_secret: "666593ea7d505e011240"]],
  },
  negative_examples = {
    [[PUSHER_APP_KEY=9c3f1a7e2b5d8c0e4f6a]],
    [[PUSHER_APP_SECRET=f76c8865948fc2282]],
  },
}

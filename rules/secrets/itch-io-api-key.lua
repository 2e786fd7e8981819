return {
  id = "secrets.itch-io-api-key",
  title = "itch.io server-side API key",
  severity = "high",
  tags = { "secrets", "itchio" },
  applies_to = { "*" },
  help = [=[An itch.io server-side API key, which the API carries as a path segment (`https://itch.io/api/1/<key>/my-games`). It acts as the account that created it: listing its games, their download keys and purchases (which include buyers' email addresses), and looking up whether a given user owns a game.

**Fix:** Revoke the key on the itch.io *Settings > API keys* page and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://itch.io/docs/api/serverside",
    "https://itch.io/user/settings/api-keys",
  },
  pattern = [=[(?i:https?://itch\.io/api/1)/([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "itch.io/api/1/" },
  entropy = 3.0,
  examples = {
    [=[ITCH_URL=https://itch.io/api/1/5C6cHT3oW8EVl8ysoJ0JRWa45UYLD1gOXs843UPm/my-games]=],
    [=[resp = requests.get("https://itch.io/api/1/Q7pydSaR5rw13tYsz1HUuHDGpWwXv7YFhWu0GXrw/game/2236407/purchases")]=],
  },
  negative_examples = {
    [=[ITCH_URL=https://itch.io/api/1/KEY/my-games]=],
    [=[ITCH_URL=https://itch.io/api/1/API_KEY_GOES_HERE/game/2236407/uploads]=],
    [=[resp = requests.get(f"https://itch.io/api/1/{key}/my-games")]=],
  },
}

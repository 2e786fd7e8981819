return {
  id = "secrets.spotify-client-secret",
  title = "Spotify app client secret",
  severity = "high",
  tags = { "secrets", "spotify" },
  applies_to = { "*" },
  help = [[The client secret of a Spotify developer app. With the (public) client ID it obtains app tokens through the Client Credentials flow and exchanges authorization codes and refresh tokens for access tokens of the users who authorized the app, so it can act as the app and, through stored refresh tokens, as its users.

**Fix:** Rotate the client secret in the Spotify Developer Dashboard (app overview, *Rotate*). Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developer.spotify.com/documentation/web-api/concepts/apps",
    "https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow",
  },
  pattern = [[(?i:(?:spotify|spotipy)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "spotify", "spotipy" },
  entropy = 3.0,
  examples = {
    [[SPOTIFY_CLIENT_SECRET=a6d116e44003bc22fe5cc5cb5cef5a03]],
    [[  spotify_secret: "1fddafe87a2269ca8aad0faf353be7bb"]],
  },
  negative_examples = {
    [[SPOTIFY_CLIENT_ID=5b1e856e03f1bbf1a8d6dd26a6c3e789]],
    [[SPOTIFY_CLIENT_SECRET=CLIENT_SECRET]],
    [[SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}]],
  },
}

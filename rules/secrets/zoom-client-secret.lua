return {
  id = "secrets.zoom-client-secret",
  title = "Zoom OAuth client secret",
  severity = "high",
  tags = { "secrets", "zoom" },
  applies_to = { "*" },
  help = [[The client secret of a Zoom OAuth or Server-to-Server OAuth app. With the client id (and account id) it obtains access tokens for the Zoom API with the app's scopes: meetings, recordings, users.

**Fix:** Regenerate the client secret on the app's *App Credentials* page in the Zoom App Marketplace. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.zoom.us/docs/internal-apps/s2s-oauth/",
    "https://developers.zoom.us/docs/integrations/oauth/",
  },
  pattern = [[(?i:(?:zoom)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{32})\b]],
  keywords = { "zoom" },
  entropy = 3.7,
  examples = {
    [[ZOOM_CLIENT_SECRET=Ly17j1l9mEdCxkSFQxEdPSLbyPzBTXMu]],
    [[  zoom_client_secret: "HhGy7VGVEEByGiKwLld8JTle8Ta8Baw2"]],
  },
  negative_examples = {
    [[ZOOM_CLIENT_ID=mYjVVifwDAT7oUbdij05SFPTfhM1OpFy]],
    [[ZOOM_CLIENT_SECRET=your_zoom_client_secret]],
  },
}

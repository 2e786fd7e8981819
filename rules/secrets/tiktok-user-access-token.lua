return {
  id = "secrets.tiktok-user-access-token",
  title = "TikTok user access or refresh token",
  severity = "high",
  tags = { "secrets", "tiktok" },
  applies_to = { "*" },
  help = [[A TikTok for Developers (Login Kit) user token: an access token (`act.`, valid 24 hours) or a refresh token (`rft.`, valid a year, which mints new access tokens together with the client key and secret). It acts for the TikTok user who authorized the app within the granted scopes, for example reading profile and video data or uploading and publishing videos.

**Fix:** Revoke the token with TikTok's `POST /v2/oauth/revoke/` endpoint (or have the user remove the app under *Settings and privacy > Security > Manage app permissions*), then have the user authorize again. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developers.tiktok.com/doc/oauth-user-access-token-management",
    "https://developers.tiktok.com/doc/login-kit-manage-user-access-tokens",
  },
  pattern = [[(?i:(?:tiktok|tik_tok|tik-tok)[\w.\-]{0,30}?(?:token|secret|auth|bearer)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:act|rft)\.[A-Za-z0-9!*._\-]{30,200})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "tiktok", "tik_tok", "tik-tok" },
  entropy = 3.5,
  examples = {
    [[TIKTOK_ACCESS_TOKEN=act.Nx9EoRYI1NnY11yujUhL48Hnh5OdymfLZ45XYzOX!6230.b1]],
    [[  tiktok_refresh_token: "rft.J1rEfmwbEMA6vvCGCpaYiwb9aZDsUJUMxCHqKnXS!0265.p1"]],
  },
  negative_examples = {
    [[TIKTOK_ACCESS_TOKEN=act.example12345Example12345Example]],
    [[TIKTOK_ACCESS_TOKEN=act.short]],
    [[TIKTOK_ACCESS_TOKEN=${TIKTOK_ACCESS_TOKEN}]],
  },
}

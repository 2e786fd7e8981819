return {
  id = "secrets.bluesky-app-password",
  title = "Bluesky app password",
  severity = "high",
  tags = { "secrets", "bluesky" },
  applies_to = { "*" },
  help = [[A Bluesky app password: a password of the form `xxxx-xxxx-xxxx-xxxx` that, with the account's handle, signs in to the account through `com.atproto.server.createSession`. It can do most of what the account password can (post, delete posts, follow, block, and read direct messages if that was allowed when it was created); it cannot delete or migrate the account or create further app passwords.

**Fix:** Delete the app password in Bluesky (*Settings > Privacy and security > App passwords*) and create a new one for the client. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://github.com/bluesky-social/atproto-ecosystem/blob/main/app-passwords.md",
    "https://bsky.app/settings/app-passwords",
  },
  pattern = [[(?i:(?:bluesky|bsky|atproto)[\w.\-]{0,30}?(?:pass|pw|secret|token)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "bluesky", "bsky", "atproto" },
  entropy = 2.8,
  examples = {
    [[BLUESKY_APP_PASSWORD=esgv-7tal-tc6r-zqjl]],
    [[  bsky_password: "jwes-hwi4-8aqe-eehu"]],
  },
  negative_examples = {
    [[BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx]],
    [[BLUESKY_HANDLE=news-desk.bsky.social]],
    [[BLUESKY_APP_PASSWORD=${BLUESKY_APP_PASSWORD}]],
  },
}

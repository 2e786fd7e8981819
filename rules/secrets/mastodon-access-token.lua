return {
  id = "secrets.mastodon-access-token",
  title = "Mastodon access token",
  severity = "high",
  tags = { "secrets", "mastodon" },
  applies_to = { "*" },
  help = [[A Mastodon (or compatible ActivityPub server) OAuth access token, obtained through `/oauth/token` or created under *Preferences > Development*. It is a bearer token for the account on that instance with the scopes it was granted, typically posting, deleting, following and reading notifications and direct messages.

**Fix:** Revoke it on the instance: delete the application under *Preferences > Development* (for a token created there, *Regenerate* also works) or revoke it under *Preferences > Account > Authorized apps*, or call `POST /oauth/revoke`. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://docs.joinmastodon.org/entities/Token/",
    "https://docs.joinmastodon.org/methods/oauth/",
  },
  pattern = [[(?i:(?:mastodon|masto\b|toot|fediverse|pleroma|akkoma)[\w.\-]{0,30}?(?:token|secret|key|auth)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mastodon", "masto", "toot", "fediverse", "pleroma", "akkoma" },
  entropy = 3.8,
  examples = {
    [[MASTODON_ACCESS_TOKEN=b_ovWOFcYPDiAnHtSEXP7HWMs2K7meJsgBB8hMaL7Gm]],
    [[  mastodon_token: "jM9ZjW6kpv7hjLqPwwDNf_5PMwiSFDSBM6GlmNjL_fH"]],
  },
  negative_examples = {
    [[MASTODON_ACCESS_TOKEN=T4_tOy7sIQsnYOhGfwEU4si88Hus8x]],
    [[MASTODON_BASE_URL=https://mastodon.social]],
    [[MASTODON_ACCESS_TOKEN=${MASTODON_ACCESS_TOKEN}]],
  },
}

return {
  id = "secrets.ghost-admin-api-key",
  title = "Ghost Admin API key",
  severity = "high",
  tags = { "secrets", "ghost" },
  applies_to = { "*" },
  help = [[A Ghost Admin API key of a custom integration, `id:secret` where the secret signs short-lived JWTs for the Admin API. It creates, edits, publishes and deletes posts and pages, uploads files and themes, and reads and changes members (names, emails, subscriptions) of the site.

**Fix:** Regenerate the key in Ghost Admin (*Settings > Integrations > your integration > Admin API key > Regenerate*), or delete the integration if it is no longer used. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.ghost.org/admin-api",
    "https://ghost.org/docs/admin-api/#token-authentication",
  },
  pattern = [[(?i:\bghost)[^\n]{0,60}?\b([0-9a-f]{24}:[0-9a-f]{64})\b]],
  keywords = { "ghost" },
  entropy = 3.5,
  examples = {
    [[GHOST_ADMIN_API_KEY=150c5e4f09b5452b7633a1a0:2de558598c3b1cbc9a3a90cf01ebf892701cf9f4c29ee0148110604d9e8b43b8]],
    [[  ghost_admin_key: "93de10738bb7b9fa58cbd5d2:f3036d813575517f87f009a4b8e460436c5f452ec747da283bc779e9eef5901d"]],
  },
  negative_examples = {
    [[GHOST_ADMIN_API_KEY=YOUR_ADMIN_API_KEY]],
    [[GHOST_ADMIN_API_KEY=${GHOST_ADMIN_API_KEY}]],
    [[CACHE_KEY=150c5e4f09b5452b7633a1a0:2de558598c3b1cbc9a3a90cf01ebf892701cf9f4c29ee0148110604d9e8b43b8]],
  },
}

return {
  id = "secrets.cursor-admin-api-key",
  title = "Cursor Admin API key",
  severity = "high",
  tags = { "secrets", "cursor" },
  applies_to = { "*" },
  help = [[A Cursor Admin API key (`key_`). It belongs to the team or organization and is visible to every admin: it reads team members, usage and spending data and audit logs, and changes spend limits, billing groups and repository blocklists through the Admin API.

**Fix:** Delete the key in the Cursor dashboard (*Settings > Cursor Admin API Keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.cursor.com/account/teams/admin-api",
    "https://docs.cursor.com/en/account/teams/admin-api",
  },
  pattern = [[(?i:\bcursor[\w.\-]{0,30}?(?:key|token|secret|auth|credential)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(key_[0-9a-f]{64})\b]],
  keywords = { "cursor" },
  entropy = 3.0,
  examples = {
    [[CURSOR_ADMIN_API_KEY=key_4df296adc617c85ac6d3bea7fe4e55b2a3f043656df3a87fbe5a7502d21a5ff6]],
    [[  cursor_api_key: "key_fc81f75462147ed06cbf41b11caaa0df36c64311bba934e37ec012108022a05f"]],
  },
  negative_examples = {
    [[CURSOR_ADMIN_API_KEY=key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[CACHE_KEY=key_1017e393a7449935ce9141f606566c7a09e5e473003ad9a8d4793ea885be0fdc]],
  },
}

return {
  id = "secrets.notion-integration-secret",
  title = "Notion integration secret (legacy secret_ format)",
  severity = "high",
  tags = { "secrets", "notion" },
  applies_to = { "*" },
  help = [[A Notion integration token in the format used before `ntn_` (`secret_`). It reads and edits the pages and databases shared with the integration.

**Fix:** Refresh the secret on the integration's page (notion.so/my-integrations > *Secrets*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.notion.com/docs/authorization",
    "https://developers.notion.com/reference/authentication",
  },
  pattern = [[(?i:(?:notion)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(secret_[A-Za-z0-9]{43})\b]],
  keywords = { "notion" },
  entropy = 3.5,
  examples = {
    [[NOTION_API_KEY=secret_KvhsisUkhRx33ahGzbOZOt1QbB2YEmlunYk9xZ1N1CK]],
    [[  notion_token: "secret_KJWUXzLh1mXVAGHLS6Co7ur9Qh8bbfiL67w6P4HLYCZ"]],
  },
  negative_examples = {
    [[CLIENT_SECRET=secret_ws1ayk3ndmdQDDwG7AKeBCXcP6FsIfFUuYhtz20sJSv]],
    [[NOTION_API_KEY=secret_nklzep33uUXV2PTUQTuk79WnBb3bny08l8HnjLZi]],
  },
}

return {
  id = "secrets.notion-token",
  title = "Notion integration token",
  severity = "high",
  tags = { "secrets", "notion" },
  applies_to = { "*" },
  help = [[A Notion internal integration token (`ntn_`). It reads and edits every page and database shared with the integration.

**Fix:** Refresh the secret on the integration's page (notion.so/my-integrations > *Secrets*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.notion.com/docs/authorization",
    "https://developers.notion.com/reference/authentication",
  },
  pattern = [[\b(ntn_[A-Za-z0-9]{46})\b]],
  keywords = { "ntn_" },
  entropy = 3.5,
  examples = {
    [[NOTION_TOKEN=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]],
    [[  notion_api_key: "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"]],
  },
  negative_examples = {
    [[NOTION_TOKEN=ntn_43419468925MpMbmLaT9PNT2jv2b3hseAZO65ptz1t2]],
  },
}

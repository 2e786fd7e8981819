return {
  id = "secrets.fal-api-key",
  title = "fal.ai API key",
  severity = "high",
  tags = { "secrets", "fal" },
  applies_to = { "*" },
  help = [[A fal.ai API key in its `key_id:key_secret` form. With API scope it calls every model on fal and the account's deployed endpoints, billed to the account or team; with ADMIN scope it also deploys and manages private apps.

**Fix:** Revoke the key on fal.ai (*Dashboard > Keys*, or `fal keys revoke KEY_ID`) and create a new one with API scope unless ADMIN is required. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.fal.ai/platform-apis/v1/keys/create",
    "https://docs.fal.ai/documentation/model-apis/authentication",
  },
  pattern = [[(?i:\bfal[\w.\-]{0,30}?(?:key|token|secret|credentials?|auth)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?:Key[ \t]+)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9a-f]{32})\b]],
  keywords = { "fal_", "fal-", "fal.", "falkey", "falapi", "faltoken", "falsecret", "falauth", "falcred" },
  entropy = 3.0,
  examples = {
    [[FAL_KEY=1af9991d-9c39-4155-bf09-9f5b528cc080:bea3cc1b89d04d8aef480efe7a08f0a0]],
    [[  fal_key: "85c8af82-82ca-42b8-a15f-fe4605226221:e65aebe2a482456666fba1f3c83b058a"]],
  },
  negative_examples = {
    [[FAL_KEY=your-api-key-here]],
    [[FAL_KEY=${FAL_KEY}]],
  },
}

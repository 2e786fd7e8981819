return {
  id = "secrets.postman-collection-access-key",
  title = "Postman collection access key",
  severity = "medium",
  tags = { "secrets", "postman" },
  applies_to = { "*" },
  help = [[A Postman collection access key (`PMAT-`), generated when a collection is shared through the Postman API. Given as the `access_key` parameter it grants read-only access to that one collection: its requests, examples, scripts and any credentials saved in its variables or auth settings.

**Fix:** Revoke the key in Postman (*Settings > API keys > Collection access keys*), move any credentials out of the collection into a vault or environment that is not shared, and share the collection again with a new key if needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learning.postman.com/docs/developer/postman-api/authentication/",
  },
  pattern = [[\b(PMAT-[0-9A-HJKMNP-TV-Z]{26})\b]],
  keywords = { "PMAT-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[POSTMAN_COLLECTION_KEY=PMAT-01H9FF82GPNC4RKPSFGX6J6HJ6]],
    [[  collection_url: "https://api.postman.com/collections/1234-abcd?access_key=PMAT-01JRHCR9GJGB9DVJ8CCBSP5898"]],
  },
  negative_examples = {
    [[POSTMAN_COLLECTION_KEY=PMAT-802]],
    [[POSTMAN_COLLECTION_KEY=PMAT-XXXXXXXXXXXXXXXXXXXXXXXXXX]],
    [[POSTMAN_COLLECTION_KEY=${POSTMAN_COLLECTION_KEY}]],
  },
}

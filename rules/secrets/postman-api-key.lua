return {
  id = "secrets.postman-api-key",
  title = "Postman API key",
  severity = "high",
  tags = { "secrets", "postman" },
  applies_to = { "*" },
  help = [[A Postman API key (`PMAK-`). It calls the Postman API as the user: reading and changing collections, environments (which often hold other secrets) and workspaces.

**Fix:** Revoke the key in Postman (*Settings > API keys*); Postman also revokes keys it finds public. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learning.postman.com/docs/developer/postman-api/authentication/",
    "https://learning.postman.com/docs/administration/managing-your-team/secret-scanner/",
  },
  pattern = [[\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b]],
  keywords = { "PMAK-" },
  entropy = 3.3,
  examples = {
    [[POSTMAN_API_KEY=PMAK-75167dd32cb833f9ac395a75-7b70fa3091aa3db154ccccae8cf2698086]],
    [[curl -H 'X-Api-Key: PMAK-5cfc686789269540d833b844-7e581b609cfc2fc258b792357b94ffb37f' https://api.getpostman.com/me]],
  },
  negative_examples = {
    [[POSTMAN_API_KEY=PMAK-3d2510a5dbbf73f6b5f4f09b-846dd48bec9cdf2bd950f70d78de98a]],
  },
}

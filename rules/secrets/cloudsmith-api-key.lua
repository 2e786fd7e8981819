return {
  id = "secrets.cloudsmith-api-key",
  title = "Cloudsmith API key",
  severity = "high",
  tags = { "secrets", "cloudsmith" },
  applies_to = { "*" },
  help = [[A Cloudsmith user or service API key. It pushes, deletes and downloads packages in the organization's repositories within the account's permissions.

**Fix:** Refresh the API key in Cloudsmith (*User settings > API Key*, or the service account) and check repositories for unexpected packages. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.cloudsmith.com/accounts-and-teams/api-key",
    "https://help.cloudsmith.io/docs/api-key",
  },
  pattern = [[(?i:(?:cloudsmith)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{40})\b]],
  keywords = { "cloudsmith" },
  entropy = 3.2,
  examples = {
    [[CLOUDSMITH_API_KEY=bdc90ca80bcf0b4a2ff2ee86a9839c0d014e22c4]],
    [[  cloudsmith_api_key: "2dc99b4894f166691d45b991da4d82b2e59087fd"]],
  },
  negative_examples = {
    [[CLOUDSMITH_REPO=acme/prod]],
    [[cloudsmith_release_sha: f40cb2b92429ee58f265460bafbc0d45631a9afe]],
    [[CLOUDSMITH_API_KEY=c96e3a33604ca6205891ddcd1ea3eed0d9d9d]],
  },
}

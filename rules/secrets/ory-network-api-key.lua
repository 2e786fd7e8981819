return {
  id = "secrets.ory-network-api-key",
  title = "Ory Network project API key",
  severity = "critical",
  tags = { "secrets", "ory" },
  applies_to = { "*" },
  help = [=[An Ory Network project API key (`ory_pat_…` or the older `ory_apikey_…`). It calls the project's Admin APIs: it lists, changes and deletes identities, their credentials and sessions, issues recovery links, and changes permissions and OAuth2 clients.

**Fix:** Delete the key in the Ory Console (*Project settings > API Keys*), create a replacement with an expiry date, and review the project's identities, sessions and OAuth2 clients for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.ory.sh/docs/concepts/personal-access-token",
    "https://www.ory.sh/docs/network/talos/quickstart",
  },
  pattern = [=[\b((?:ory_pat|ory_apikey)_[A-Za-z0-9]{24,64})\b]=],
  keywords = { "ory_pat_", "ory_apikey_" },
  entropy = 3.5,
  examples = {
    [=[ORY_API_KEY=ory_pat_M468dG9QJT6XRsNF0M0b4mg3EabrLFJC]=],
    [=[  oryAdminApiKey: "ory_apikey_WRZI2oCk8aMtwbWv0s7efKB9k6j31OYH"]=],
  },
  negative_examples = {
    [=[export ORY_PAT=ory_pat_...]=],
    [=[ORY_API_KEY=ory_pat_WiU5imCo6rJ7]=],
    [=[API_KEY=ory_ak_9bXXsfyXBfABfryN58pUiU5O9GhUMR6h]=],
  },
}

return {
  id = "secrets.bitwarden-api-client-secret",
  title = "Bitwarden API key client secret",
  severity = "high",
  tags = { "secrets", "bitwarden" },
  applies_to = { "*" },
  help = [=[The `client_secret` of a Bitwarden API key: a personal API key (`client_id` of the form `user.<id>`), which logs the CLI in as the user without the second factor, or an organization API key (`organization.<id>`), which calls the Bitwarden Public API to manage the organization's members, groups, collections, policies and event logs.

**Fix:** Rotate the key in the Bitwarden web app (*Settings > Security > Keys > Rotate API key* for a personal key; *Admin Console > Settings > Organization info > Rotate API key* for an organization key), which invalidates the old secret and its sessions. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://bitwarden.com/help/personal-api-key/",
    "https://bitwarden.com/help/public-api/",
  },
  pattern = [=[(?i:(?:bw_?client_?secret|bitwarden[\w.\-]{0,30}?(?:client[_\-]?)?secret)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([A-Za-z0-9]{24,40})\b]=],
  keywords = { "bw_clientsecret", "bwclientsecret", "bw_client_secret", "bitwarden" },
  entropy = 3.6,
  examples = {
    [=[BW_CLIENTSECRET=5vIaLmdfK4GcbG5nUxLYonCwotGfUR]=],
    [=[  bitwarden_client_secret: "GmQL8Ru5GXmxOKWq0jd9S2lVeCAcjh"]=],
    [=[export BW_CLIENTSECRET='ip6TsI8Hp5NMNepXUqT9vqBSXc55tR']=],
  },
  negative_examples = {
    [=[BW_CLIENTID=user.750539fc-ad82-4d7f-81a0-6f8a8736408a]=],
    [=[BW_CLIENTSECRET=${BW_CLIENTSECRET}]=],
    [=[BW_CLIENTSECRET=b0qbAfiU9pXK]=],
  },
}

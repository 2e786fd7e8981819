return {
  id = "secrets.azure-devops-pat",
  title = "Azure DevOps personal access token",
  severity = "high",
  tags = { "secrets", "azure", "azure-devops" },
  applies_to = { "*" },
  help = [[A personal access token for Azure DevOps Services. It acts as the user against the organization's repos, pipelines, artifacts feeds, boards and service connections, within the scopes chosen (often *Full access*), for up to a year.

**Fix:** Revoke the token in Azure DevOps (User settings > Personal access tokens; organization admins can revoke any user's PAT via the PAT revocation API) and use `System.AccessToken` or a service principal / workload identity in pipelines instead. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
    "https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token",
  },
  pattern = [[(?i)(?:\b(?:azure[_\-]?devops|ado|azdo|vsts|devops)[\w.\-]{0,20}(?:pat|token|password|key)|\bsystem[_.]accesstoken)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([a-z2-7]{52}|[A-Za-z0-9]{84})(?:[^A-Za-z0-9]|$)]],
  keywords = { "devops", "ado", "azdo", "vsts", "accesstoken" },
  entropy = 3.5,
  examples = {
    [[AZURE_DEVOPS_EXT_PAT=tkuvekpbxb3ery3sjxouowctwiiplmpiyyq73n5ol3m34rzmhq7f]],
    [[  azdo_token: "PBalKXQNYLSDYAz6K60O9PuE6gfS9EEAUkELTnknwnRCwGAkCrkTWNUlKhqDRP9bVZEVRUO7J72SuzaBeIbO"]],
    [[export VSTS_PAT=obfqo6i6xvtqgxnnwrlpnd4ngcdrao2zdfvrhkakcz45ni4afpqd]],
  },
  negative_examples = {
    [[AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)]],
    [[AZURE_DEVOPS_EXT_PAT=4lnncfbry3m5xbmvtf7wczlhv3pz6exbg4sibmby]],
    [[ado_token: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]],
  },
}

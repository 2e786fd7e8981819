return {
  id = "secrets.atlassian-api-token",
  title = "Atlassian API token",
  severity = "high",
  tags = { "secrets", "atlassian", "jira", "confluence" },
  applies_to = { "*" },
  help = [[An Atlassian account API token for Jira, Confluence and other Atlassian Cloud products (and Bitbucket where API tokens replace app passwords). With the account e-mail it calls the REST APIs as the user, with all of the user's product permissions unless scopes were chosen.

**Fix:** Revoke it at id.atlassian.com > Security > API tokens and create a scoped, expiring token if one is still needed. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
    "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/",
  },
  pattern = [[\b(ATATT[A-Za-z0-9_\-]{150,250}=[A-Fa-f0-9]{8})\b]],
  keywords = { "ATATT" },
  entropy = 4.0,
  examples = {
    [[JIRA_API_TOKEN=ATATT3xFfGF0gyq75qjdUpbKxd-7Y39VTJxFJlj-JA2WlHTN0xeqrvCjm013qpIwDPVCs3OLeNAb3aV9Unqr9v97P2HWBvGykbN-sVsX-TobyvXxciSKnqHe0eY8qU9acbeTvm9AHs0Bl4C16Itcr4hltfLOHIPSJUsZBnMciClVs1AXbh27ec=CDC70DD4]],
    [[  confluence_token: "ATATT3xFfGF03hZu5kZGgFLUYp4DoTMH59KbRxgn7Mpy95AiXvYOMybfi0WglnDMD2kpPYTALeivPRdAt4yoxF4eDvqPrdQLeXpdYb1vfBG9wmg5CxyaGvvJFodbvMhDz-HuIUGh0qAbOuH-Q-viwl49gPjO6K6vr5wDsHNN8mCtab-Y0p9wvD=E54005E4"]],
  },
  negative_examples = {
    [[JIRA_API_TOKEN=ATATT3xFfGF0EBKm0Dq2HeI3M_dL2Ssay1RyHx6hJ3hHIskkImWc]],
    [[JIRA_API_TOKEN=ATATT<token>]],
    [[JIRA_API_TOKEN=${JIRA_API_TOKEN}]],
  },
}

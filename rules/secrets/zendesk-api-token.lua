return {
  id = "secrets.zendesk-api-token",
  title = "Zendesk API token",
  severity = "high",
  tags = { "secrets", "zendesk" },
  applies_to = { "*" },
  help = [[A Zendesk API token. With any agent's e-mail address (`user@example.com/token`) it calls the Zendesk API as that agent: tickets, users, organisations.

**Fix:** Delete the token in Zendesk Admin Center (*Apps and integrations > APIs > Zendesk API*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/",
    "https://support.zendesk.com/hc/en-us/articles/4408889192858",
  },
  pattern = [[(?i:(?:zendesk)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{40})\b]],
  keywords = { "zendesk" },
  entropy = 3.8,
  examples = {
    [[ZENDESK_API_TOKEN=1oWZKlYZ05YeXln2DIw5k4T2HobjtglhE9LSPycm]],
    [[  zendesk_token: "H0vP4f4lk5QiebIRMiCzzrWB7tSAx4M3LgvbQUZA"]],
  },
  negative_examples = {
    [[ZENDESK_SUBDOMAIN=acme]],
    [[ZENDESK_API_TOKEN=5huj2xG1gEUvfKkRpezitnyqkcXZdDRMsgV0o]],
  },
}

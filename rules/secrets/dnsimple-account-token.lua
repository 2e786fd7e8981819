return {
  id = "secrets.dnsimple-account-token",
  title = "DNSimple account access token",
  severity = "high",
  tags = { "secrets", "dnsimple" },
  applies_to = { "*" },
  help = [[A DNSimple API v2 account access token. It acts on one DNSimple account with the token's permissions (all of them on plans without scoped tokens): reading and changing zones and DNS records, registering, renewing and transferring domains, and managing certificates, contacts and webhooks.

**Fix:** Delete the token in DNSimple (*Account > API & Access*, or *Access Tokens*), create a replacement with the narrowest scopes your plan allows, and review the account's activity log and DNS records for changes you did not make. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://blog.dnsimple.com/2023/11/scoped-access-tokens",
    "https://support.dnsimple.com/articles/api-access-token/",
  },
  pattern = [=[\b(dnsimple_a_[A-Za-z0-9]{30,40})\b]=],
  keywords = { "dnsimple_a_" },
  entropy = 3.5,
  examples = {
    [[DNSIMPLE_TOKEN=dnsimple_a_irlsAZBkREUEjEo1Vz0yzQ61Tv8e9qXv]],
    [[client.AddCredentials(new OAuth2Credentials("dnsimple_a_4dhzAdgfz4BrNQtglCmQaMkCpNBxZpUq"));]],
  },
  negative_examples = {
    [[DNSIMPLE_TOKEN=dnsimple_a_decafbad]],
    [[DNSIMPLE_TOKEN=${{ secrets.DNSIMPLE_TOKEN }}]],
    [[DNSIMPLE_TOKEN=dnsimple_a_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

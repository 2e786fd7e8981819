return {
  id = "secrets.dnsimple-user-token",
  title = "DNSimple user access token",
  severity = "high",
  tags = { "secrets", "dnsimple" },
  applies_to = { "*" },
  help = [[A DNSimple API v2 user access token. It acts as the user on every DNSimple account the user belongs to: reading and changing zones and DNS records, registering, renewing and transferring domains, and managing certificates, contacts and webhooks.

**Fix:** Delete the token in DNSimple (*User settings > Access Tokens*), prefer an account token scoped to the one account that needs it, and review the activity log of every account the user can reach and DNS records for changes you did not make. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://blog.dnsimple.com/2023/11/scoped-access-tokens",
    "https://support.dnsimple.com/articles/api-access-token/",
  },
  pattern = [=[\b(dnsimple_u_[A-Za-z0-9]{30,40})\b]=],
  keywords = { "dnsimple_u_" },
  entropy = 3.5,
  examples = {
    [[DNSIMPLE_TOKEN=dnsimple_u_COBenNZMb2KM4Rfq6TmNzA2c8xiQQZBc]],
    [[client.AddCredentials(new OAuth2Credentials("dnsimple_u_fFwS2jqDA04W2gMsQCwGV7SvEGNtS6PP"));]],
  },
  negative_examples = {
    [[DNSIMPLE_TOKEN=dnsimple_u_decafbad]],
    [[DNSIMPLE_TOKEN=${{ secrets.DNSIMPLE_TOKEN }}]],
    [[DNSIMPLE_TOKEN=dnsimple_u_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

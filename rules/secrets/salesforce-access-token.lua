return {
  id = "secrets.salesforce-access-token",
  title = "Salesforce access token",
  severity = "critical",
  tags = { "secrets", "salesforce" },
  applies_to = { "*" },
  help = [[A Salesforce session ID or OAuth access token: the org ID (`00D…`), `!`, then the session secret. Until it expires or is revoked it calls every Salesforce API as the user it was issued to, with that user's object and field permissions: reading and changing CRM records, running Apex, exporting data.

**Fix:** Revoke the session (Setup *> Session Management > Remove*, or the OAuth revoke endpoint), rotate the connected app's secret if it leaked with it, and review the user's login history. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_existing_access_token.htm",
    "https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_org_login_access-token.html",
  },
  pattern = [[\b(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{60,200})(?:[^A-Za-z0-9._]|$)]],
  keywords = { "00D" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[SF_ACCESS_TOKEN=00D2JEWj5i5L0ON!pIqOnTUtxwNe9mnpBdDEB5xzKT2zvXo9jV8uMfvdxC6lpq10L.p0KdCrlW.Kx5BoZCyd.BjnroeGoNZzjSe5C7iminWMAFqk]],
    [[  "access_token": "00D1cOaxfuuCI0b!VM7HMDu5YoG.giOQ5rkFEaGQz1b5Z.ShVmrKuCrQDy_UhHe67C3HMVY5eLmqtCZE4bnAPHIF3r0kWyQ_as1j3aLY6P66REIx",]],
  },
  negative_examples = {
    [[sf org list --target-org 00D8H0000007wpr\!AQkAQA]],
    [[SF_ACCESS_TOKEN=${SF_ACCESS_TOKEN}]],
    [[ORG_ID=00D2JEWj5i5L0ON]],
  },
}

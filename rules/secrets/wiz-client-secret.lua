return {
  id = "secrets.wiz-client-secret",
  title = "Wiz service account client secret",
  severity = "high",
  tags = { "secrets", "wiz" },
  applies_to = { "*" },
  help = [=[The client secret of a Wiz service account. With the client id it obtains OAuth tokens from `auth.app.wiz.io` for the Wiz GraphQL API with the account's scopes, typically reading the security graph of every connected cloud account: resources, misconfigurations, vulnerabilities, exposed secrets and attack paths.

**Fix:** Rotate the secret or delete the service account in Wiz (*Settings > Access Management > Service Accounts*) and create a new one with the narrowest scopes and projects. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://learn.microsoft.com/en-us/security-exposure-management/wiz-data-connector",
    "https://docs.databricks.com/aws/en/ingestion/lakeflow-connect/wiz-audit-logs-source-setup",
  },
  pattern = [=[(?i:(?:\b|_)wiz[_\-.][\w.\-]{0,30}?secret[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([A-Za-z0-9]{48,80})\b]=],
  keywords = { "wiz_", "wiz-", "wiz." },
  entropy = 3.8,
  examples = {
    [=[WIZ_CLIENT_SECRET=0HLXORUWMnayUlVk1d39qzc1s0UU5WHMp87bkXUuhbq4WoVm22qalXJOFZaAa70Y]=],
    [=[  wiz_client_secret: "Si7W8cFAyXEI41eYYuffqRHh9KZXU5OCxiqm6F8VI6dMBltAPDRYXSvNuXl35MFP"]=],
    [=[export WIZ_SECRET='3RSmHD9LZSVxF2VygMs3nglSFK1uo1eVRYUenBFdtHFueuxuJU4dISCJQkGi9QuF']=],
  },
  negative_examples = {
    [=[WIZ_CLIENT_ID=7sal99o4ycy9e7r7j7mc0nmi47mv2pxs7wish5w7vcvl00e3llqwy]=],
    [=[WIZARD_SECRET=7mvaxhq1VXSKBPUEW3D1f9zaK9P8JVRR3mUTEmgWTWUOj6A3UwSMu2UYGltYlqoI]=],
    [=[WIZ_CLIENT_SECRET=${WIZ_CLIENT_SECRET}]=],
  },
}

return {
  id = "secrets.azure-ad-client-secret",
  title = "Microsoft Entra ID (Azure AD) client secret",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A password credential of a Microsoft Entra ID app registration (service principal). With the tenant and client IDs it obtains tokens as the application, with every Microsoft Graph permission and Azure RBAC role granted to it.

**Fix:** Delete the secret under App registrations > the app > Certificates & secrets, add a new one (or better, switch to a certificate or workload identity federation), and review sign-in logs for the service principal. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
    "https://learn.microsoft.com/en-us/purview/sit-defn-azure-ad-client-secret",
  },
  pattern = [[(?:^|[^A-Za-z0-9_~.\-])([A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})(?:[^A-Za-z0-9_~.\-]|$)]],
  keywords = { "Q~" },
  entropy = 4.0,
  examples = {
    [[AZURE_CLIENT_SECRET=9QK8Q~sG3xgZQIsTiraFS4ba0kYMYjLiWCu0L-l9]],
    [[  client_secret = "VHN7Q~MKGYM4SXj3PWDVF5vxuPquQAYX3LyY7"]],
    [[{"clientSecret": "rGl3Q~fyGpNzEbwGkMCsRDHGCYRu3~3U4fqOCH0P"}]],
  },
  negative_examples = {
    [[AZURE_CLIENT_SECRET=abc8Q~short]],
    [[AZURE_CLIENT_SECRET=xJL8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[client_secret = ${{ secrets.AZURE_CLIENT_SECRET }}]],
  },
}

return {
  id = "secrets.adobe-oauth-client-secret",
  title = "Adobe Developer Console client secret",
  severity = "high",
  tags = { "secrets", "adobe" },
  applies_to = { "*" },
  help = [[A client secret of an Adobe Developer Console project (OAuth Server-to-Server or OAuth Web App credential), which starts with `p8e-`. Together with the client id it obtains access tokens for the APIs and product profiles added to the project, such as Adobe Experience Manager, Analytics, Firefly or I/O Events.

**Fix:** Rotate the secret in the Adobe Developer Console (*Project > Credentials > Generate and add new client secret*, then delete the old one). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.adobe.com/firefly-services/docs/firefly-api/getting-started/dev-console",
    "https://experienceleague.adobe.com/en/docs/experience-manager-learn/cloud-service/developing/extensibility/app-builder/server-to-server-auth",
  },
  pattern = [[\b(p8e-[A-Za-z0-9_\-]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "p8e-" },
  entropy = 3.5,
  allow = { [[(?i)(?:^p8e-EIRF6kY6EHLBSdw2b-pLUWKodDqJqSz3$)]] },
  examples = {
    [[ADOBE_CLIENT_SECRET=p8e-mYI7NSEi5SIxRLUbxw_h0GdT_-A4z66t]],
    [[  client_secret: "p8e-rZSdYVGBVmHh4e7I4364-oeIzk5mhE8r"]],
  },
  negative_examples = {
    [[OAUTHS2S_CLIENT_SECRET=p8e-EIRF6kY6EHLBSdw2b-pLUWKodDqJqSz3]],
    [[ADOBE_CLIENT_SECRET=p8e-mYI7NSEi5SIxRLUbxw_h]],
    [[ADOBE_CLIENT_SECRET=${{ secrets.ADOBE_CLIENT_SECRET }}]],
  },
}

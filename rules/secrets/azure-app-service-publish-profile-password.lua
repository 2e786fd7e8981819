return {
  id = "secrets.azure-app-service-publish-profile-password",
  title = "Azure App Service publish profile password",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[The `userPWD` of an App Service publish profile (`.PublishSettings`): the app-scope deployment credential generated for every web app or function app. With the matching `userName` it deploys code to the app over Web Deploy, FTP/S, local Git and the Kudu (SCM) site, which means running arbitrary code with the app's settings, connection strings and managed identity.

**Fix:** Reset the publish profile credentials in the Azure portal (*App Service > Overview > Reset publish profile*), disable SCM and FTP basic authentication if deployments do not need it, and deploy through Microsoft Entra ID (OIDC from CI) instead. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/app-service/deploy-configure-credentials",
    "https://learn.microsoft.com/en-us/archive/blogs/kaushal/windows-azure-web-sites-reset-your-deployment-credentials-vs-reset-your-publish-profile-credentials",
  },
  pattern = [[(?s)\bpublishUrl="[^"]*\.azurewebsites\.[^"]*"[^>]{0,400}?\buserPWD="([A-Za-z0-9+/=]{20,100})"]],
  keywords = { "userPWD" },
  entropy = 4.0,
  examples = {
    [[<publishProfile profileName="contoso-web - Web Deploy" publishMethod="MSDeploy" publishUrl="contoso-web.scm.azurewebsites.net:443" msdeploySite="contoso-web" userName="$contoso-web" userPWD="2LMDrbnFDzxvwhVH0ZQNFjOV10bVVl1uIIEigWxsMxjg0g8DwfzQ274D0DYW" destinationAppUrl="https://contoso-web.azurewebsites.net">]],
    [[<publishProfile profileName="contoso-web - Web Deploy" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-123.ftp.azurewebsites.windows.net/site/wwwroot" msdeploySite="contoso-web" userName="$contoso-web" userPWD="u9DNcAG8yLWdzKZzmxFOUCKan6MoWALdFFEUbf2dwweEOdg2FhG464y56mnQ" destinationAppUrl="https://contoso-web.azurewebsites.net">]],
  },
  negative_examples = {
    [[<publishProfile profileName="contoso-web - Web Deploy" publishMethod="MSDeploy" publishUrl="contoso-web.scm.azurewebsites.net:443" userName="$contoso-web" userPWD="" />]],
    [[<publishProfile publishUrl="contoso-web.scm.azurewebsites.net:443" userName="$contoso-web" userPWD="$(PublishPassword)" />]],
    [[<publishProfile publishUrl="ftp.example.org" userName="deploy" userPWD="kTfPrRSfLscgItRQtjS9tTbpm4WGwpNyrLZAuPU1TPgIMUU1AGTDncNfBH1m" />]],
  },
}

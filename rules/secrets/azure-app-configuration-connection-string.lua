return {
  id = "secrets.azure-app-configuration-connection-string",
  title = "Azure App Configuration connection string with access key",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A connection string of an Azure App Configuration store (`Endpoint=https://NAME.azconfig.io;Id=…;Secret=…`). The secret is a store access key: a read-write key reads and changes every key-value and feature flag of the store, which often includes Key Vault references and other application settings.

**Fix:** Regenerate the access key in the Azure portal (*App Configuration store > Settings > Access settings*) or with `az appconfig credential regenerate`, and prefer Microsoft Entra ID with managed identities, disabling access-key authentication on the store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication",
    "https://learn.microsoft.com/en-us/azure/service-connector/how-to-integrate-app-configuration",
  },
  pattern = [[(?i)Endpoint=https://[a-z0-9\-]+\.azconfig\.io/?;[ \t]*Id=[^;\s\"']+;[ \t]*Secret=([A-Za-z0-9+/]{40,88}={0,2})]],
  keywords = { "azconfig.io" },
  entropy = 4.0,
  examples = {
    [[AZURE_APPCONFIGURATION_CONNECTIONSTRING=Endpoint=https://contoso-settings.azconfig.io;Id=4YDg-l1-s0:CG0s9whf7GyXDekMkgI1;Secret=zjzdjm4wO6B4F3wLBm/1arhLYtQITJAut4Lq9At3tlZ=]],
    [[  "AppConfig": "Endpoint=https://contoso-settings.azconfig.io;Id=9geU-l1-s0:eMULcGcIBD1hcwYj9e4W;Secret=8qxs1J5IGtv4H067VpJfSc4znpeEVQ421hudK6mKTVV="]],
  },
  negative_examples = {
    [[AZURE_APPCONFIGURATION_CONNECTIONSTRING=Endpoint=https://contoso-settings.azconfig.io;Id=<ID>;Secret=<secret>]],
    [[AZURE_APPCONFIGURATION_ENDPOINT=https://contoso-settings.azconfig.io]],
    [[AZURE_APPCONFIGURATION_CONNECTIONSTRING=${APPCONFIG_CONNECTION_STRING}]],
  },
}

return {
  id = "secrets.nuget-config-cleartext-password",
  title = "ClearTextPassword in a NuGet.config",
  severity = "high",
  tags = { "secrets", "generic", "nuget-config" },
  applies_to = { "*" },
  help = [[The password or personal access token NuGet sends to a package source (Azure Artifacts, GitHub Packages, a private NuGet server), stored unencrypted. It gives read access to the private feed and often the right to push packages to it.

**Fix:** Revoke the token (or change the password) on the feed, then let the build supply the credential: an environment variable in the file (`value="%NUGET_FEED_TOKEN%"`), `dotnet nuget update source --password` in the CI job, or a credential provider such as the Azure Artifacts Credential Provider. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    "https://learn.microsoft.com/en-us/nuget/consume-packages/consuming-packages-authenticated-feeds",
  },
  -- nuget.config reference: <packageSourceCredentials><Source><add key="ClearTextPassword" value="..."/>. Values that
  -- reference an environment variable (%VAR%) or an MSBuild property ($(X)) are not reported.
  pattern = [=[<add\s+key\s*=\s*[\"']ClearTextPassword[\"']\s+value\s*=\s*[\"']([^\"'%$\s][^\"'\s]*)[\"']]=],
  keywords = { "ClearTextPassword" },
  entropy = 3.0,
  allow = {
    [[(?i)^(?:password|passwd|pass|secret|token|pat|none)$]],
  },
  examples = {
    [[<add key="ClearTextPassword" value="9Cdf*vzd1eQ^Yf0YcgsPE1" />]],
    [[      <add key='ClearTextPassword' value='7isd6ddzt1rzdflimami7zattvrksdyzb5d1bgrzezmrzdh8w7ra'/>]],
  },
  negative_examples = {
    [[<add key="ClearTextPassword" value="%NUGET_FEED_TOKEN%" />]],
    [[<add key="ClearTextPassword" value="$(FeedToken)" />]],
    [[<add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" />]],
  },
}

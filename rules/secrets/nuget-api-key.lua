return {
  id = "secrets.nuget-api-key",
  title = "NuGet.org API key",
  severity = "critical",
  tags = { "secrets", "nuget" },
  applies_to = { "*" },
  help = [[A NuGet.org API key. Within its scopes and glob patterns it pushes new package versions and unlists packages of the owner.

**Fix:** Delete or regenerate the key on nuget.org (*API Keys*), check the packages for unexpected versions, and prefer trusted publishing. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys",
    "https://learn.microsoft.com/en-us/nuget/nuget-org/publish-a-package",
  },
  pattern = [[\b(oy2[a-z0-9]{43})\b]],
  keywords = { "oy2" },
  entropy = 3.5,
  examples = {
    [[dotnet nuget push pkg.nupkg --api-key oy2gseyhftxoa345bklhudt65setqrt77ry2ixn3z2aiir --source https://api.nuget.org/v3/index.json]],
    [[NUGET_API_KEY=oy2l4l6ebvn2xb54a1ft91f577cbsuezprvy7n8s1neg2b]],
  },
  negative_examples = {
    [[NUGET_API_KEY=oy28q5qa2dgfczr0eb5l4yliif885dtbwwcomsgh57e]],
    [[NUGET_API_KEY=${{ secrets.NUGET_API_KEY }}]],
  },
}

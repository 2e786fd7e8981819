return {
  id = "secrets.jfrog-api-key",
  title = "JFrog Artifactory API key",
  severity = "high",
  tags = { "secrets", "jfrog" },
  applies_to = { "*" },
  help = [[A JFrog Artifactory API key (deprecated in favour of access tokens). It authenticates as the user to Artifactory: download and publish artifacts, and whatever the user's permissions allow on repositories.

**Fix:** Revoke the API key (Edit Profile > API Key > Revoke, or the admin API) and switch to scoped, expiring access tokens. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key",
    "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
  },
  pattern = [[\b(AKCp[A-Za-z0-9]{69})\b]],
  keywords = { "AKCp" },
  entropy = 3.5,
  examples = {
    [[ARTIFACTORY_API_KEY=AKCp8hvlVLt5RIy7EVufyOUOxFnb5tjwrKIvdjQ2SisSmenZhOhNTNfC839YdKCnFl7GfDH7f]],
    [[curl -H 'X-JFrog-Art-Api: AKCp2S1yJ5PD1haiuCMqRYnXvgHF16WWg9BHlU3XN4EliWDEiHoiuBq6MzEaNC8oLeNoVAN5w' https://acme.jfrog.io/artifactory/api/repositories]],
  },
  negative_examples = {
    [[ARTIFACTORY_API_KEY=AKCp7Tdu8v7n7OakXBipXHuB28vSa1cUQgLKkA00TDCV]],
    [[ARTIFACTORY_API_KEY=AKCp<key>]],
  },
}

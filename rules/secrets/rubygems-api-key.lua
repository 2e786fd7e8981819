return {
  id = "secrets.rubygems-api-key",
  title = "RubyGems API key",
  severity = "critical",
  tags = { "secrets", "rubygems" },
  applies_to = { "*" },
  help = [[A RubyGems.org API key (`rubygems_`). Depending on its scopes it pushes and yanks gems and manages owners of the account's gems.

**Fix:** Delete the key on rubygems.org (*Settings > API keys*), review the gems for unexpected versions, and use trusted publishing for CI. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://guides.rubygems.org/api-key-scopes/",
    "https://guides.rubygems.org/rubygems-org-api/",
  },
  pattern = [[\b(rubygems_[a-f0-9]{48})\b]],
  keywords = { "rubygems_" },
  entropy = 3.2,
  examples = {
    [[GEM_HOST_API_KEY=rubygems_c62da093d4166eef51bd178de07ff749b80a9e46b8dc9813]],
    [[:rubygems_api_key: rubygems_c1432e6e72ac5acf2b10164df4a33110d00683f6174fda1b]],
  },
  negative_examples = {
    [[GEM_HOST_API_KEY=rubygems_fa981e2f52e9b50fa39c8e7f1050c3effce787ab17e68]],
    [[GEM_HOST_API_KEY=rubygems_<key>]],
  },
}

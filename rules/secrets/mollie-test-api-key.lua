return {
  id = "secrets.mollie-test-api-key",
  title = "Mollie test API key",
  severity = "medium",
  tags = { "secrets", "mollie" },
  applies_to = { "*" },
  help = [[A Mollie test API key (`test_…`) of a website profile. It calls the Mollie API in test mode only, where no real payments are processed, but it reads and changes the profile's test data.

**Fix:** Regenerate the key in the Mollie Web App (*Developers > API access tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mollie.com/reference/authentication",
  },
  pattern = [[(?i:mollie)[\w.\-]{0,40}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?(test_[A-Za-z0-9]{30})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mollie" },
  entropy = 3.5,
  allow = { [[(?i)(?:^test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM$)]] },
  examples = {
    [[MOLLIE_TEST_API_KEY=test_MvEaNClOFOhkadkRDfftqVnpeP7BXT]],
    [[  mollie_api_key: "test_56MoGAikb4DMwKaNwKyn61xRJt5VFA"]],
  },
  negative_examples = {
    [[MOLLIE_API_KEY=test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM]],
    [[MOLLIE_API_KEY=test_MvEaNClOFOhkadkRDfftqVnpeP7]],
    [[TEST_KEY=test_MvEaNClOFOhkadkRDfftqVnpeP7BXT]],
  },
}

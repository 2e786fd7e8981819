return {
  id = "secrets.klarna-test-api-key",
  title = "Klarna playground API key",
  severity = "medium",
  tags = { "secrets", "klarna" },
  applies_to = { "*" },
  help = [[A Klarna API key for the playground (test) environment (`klarna_test_api_…`). It only reaches the playground, where no real orders or money move, but it reads and changes the merchant's test data.

**Fix:** Disable the credential in the Klarna playground Merchant Portal and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.klarna.com/api/authentication/",
  },
  pattern = [[\b(klarna_test_api_[A-Za-z0-9_\-]{20,300}={0,2})(?:[^A-Za-z0-9_\-=]|$)]],
  keywords = { "klarna_test_api_" },
  entropy = 3.5,
  allow = { [[(?i)(?:\.\.\.|\[\.\.\.\])]] },
  allow_context = { [=[\[\.\.\.\]]=] },
  examples = {
    [[KLARNA_TEST_API_KEY=klarna_test_api_9imbhahiSO-EWESadCoK5aieKyDfzS_0E2s9fLchZz_Nk0gP1k4ozSQ1O32csC4VpdGZje8j]],
    [[  klarna_api_key: "klarna_test_api_q17c9p8dynVeiUwlHb-27kYq4uE4yj9HKMEdl44bZPt5o70amRdyJZFp5DyzNlkbUG2fFZ-7"]],
  },
  negative_examples = {
    [[KLARNA_API_KEY=klarna_test_api_...]],
    [[KLARNA_CLIENT_ID=klarna_test_client_9imbhahiSO-EWESadCoK5aieKyDfzS_0E2s9fLchZz_Nk0gP1k4ozSQ1O32]],
    [[KLARNA_API_KEY=klarna_test_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

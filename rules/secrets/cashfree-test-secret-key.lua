return {
  id = "secrets.cashfree-test-secret-key",
  title = "Cashfree test secret key",
  severity = "medium",
  tags = { "secrets", "cashfree" },
  applies_to = { "*" },
  help = [[A Cashfree Payments test-environment secret key (`cfsk_ma_test_…`). It authorises sandbox calls only (simulated orders, refunds and payouts) for the merchant's test account.

**Fix:** Generate a new test key pair in the Cashfree merchant dashboard in the test environment (*Developers > API Keys*), which retires the old one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.cashfree.com/docs/api-reference/authentication",
    "https://docs.cashfree.com/docs/authentication-3",
  },
  pattern = [[\b(cfsk_ma_test_[0-9a-f]{32}_[0-9a-f]{8})\b]],
  keywords = { "cfsk_ma_test_" },
  entropy = 3.5,
  examples = {
    [[CASHFREE_SECRET_KEY=cfsk_ma_test_0d9be0eaf2855cc98d145ee6c5bc979d_1787e0f0]],
    [[  secretKey: process.env.CASHFREE_SECRET_KEY || 'cfsk_ma_test_3bd8ba704c456fbc81ad9933e15f167d_bb619900',]],
  },
  negative_examples = {
    [[CASHFREE_SECRET_KEY=cfsk_ma_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx]],
    [[CASHFREE_SECRET_KEY=cfsk_ma_test_0d9be0eaf2855cc98d145ee6c5bc979d]],
    [[CASHFREE_SECRET_KEY=${CASHFREE_SECRET_KEY}]],
  },
}

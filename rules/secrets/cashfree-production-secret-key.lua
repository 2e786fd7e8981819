return {
  id = "secrets.cashfree-production-secret-key",
  title = "Cashfree production secret key",
  severity = "critical",
  tags = { "secrets", "cashfree" },
  applies_to = { "*" },
  help = [[A Cashfree Payments production secret key (`cfsk_ma_prod_…`), sent as `x-client-secret` with the app id (`x-client-id`). It authorises server-side calls of the product it was generated for: creating orders and payment links, refunds, settlements and, for Payouts keys, transfers to beneficiaries.

**Fix:** Generate a new key pair in the Cashfree merchant dashboard (*Developers > API Keys*; only one pair exists at a time, so generating a new one retires the old) and review recent orders, refunds and payouts. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.cashfree.com/docs/api-reference/authentication",
    "https://docs.cashfree.com/docs/authentication-3",
  },
  pattern = [[\b(cfsk_ma_prod_[0-9a-f]{32}_[0-9a-f]{8})\b]],
  keywords = { "cfsk_ma_prod_" },
  entropy = 3.5,
  examples = {
    [[CASHFREE_SECRET_KEY=cfsk_ma_prod_35c1a3b8e96e6be7a1c739f2a7f3f6c8_1d44d5bb]],
    [[Cashfree.XClientSecret = "cfsk_ma_prod_8377cbdb0b6e1329e709a4f43a438061_bfdf7093";]],
  },
  negative_examples = {
    [[CASHFREE_SECRET_KEY=cfsk_ma_test_0d9be0eaf2855cc98d145ee6c5bc979d_1787e0f0]],
    [[CASHFREE_SECRET_KEY=cfsk_ma_prod_...]],
    [[CASHFREE_APP_ID=e461bbd19129729e79a161dc950586328d]],
  },
}

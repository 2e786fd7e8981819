return {
  id = "secrets.stripe-restricted-test-key",
  title = "Stripe restricted test-mode key",
  severity = "medium",
  tags = { "secrets", "stripe" },
  applies_to = { "*" },
  help = [[A Stripe restricted API key for test mode (sandbox), `rk_test_`. It calls the Stripe API with the resource permissions chosen for it, on the account's test data only: no real money moves, but test customers, products, webhooks and settings of the sandbox can be read or changed.

**Fix:** Roll or delete the key on the Stripe *Developers > API keys* page with test mode (or the sandbox) selected, and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stripe.com/keys",
    "https://docs.stripe.com/keys#create-restricted-api-secret-key",
  },
  pattern = [[\b(rk_test_[A-Za-z0-9]{24,247})\b]],
  keywords = { "rk_test_" },
  keywords_exact = true,
  entropy = 3.5,
  allow = { [[(?i)abcdefghij]] },
  examples = {
    [[STRIPE_RESTRICTED_KEY=rk_test_shViiSVSItAZ4TJwzb58jneoufBDQTol8LWYUmP49vOokm5xWUauts2bsmi6kPpEcdreL8MJIFaXLsHIJypPfTSdauwXiCXmhFF]],
    [[  stripe_key: "rk_test_QLu35fq66kTl2JysEE2aQuvVIJtV3kcWdzftUlRpjMaXKyXOafuDAEd03ivU0GSeNxGbOwCPtbrjSPGt9QPr8g8sMNVO9Iybt5n"]],
  },
  negative_examples = {
    [[STRIPE_RESTRICTED_KEY=rk_test_MQaHB1l1dAXx]],
    [[STRIPE_RESTRICTED_KEY=rk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[STRIPE_RESTRICTED_KEY=rk_live_${STRIPE_KEY_SUFFIX}]],
    [[STRIPE_RESTRICTED_KEY=rk_test_51Hc9Zz2eZvKYlo2C0aBcDeFgHiJkLmNoPqRsTuV]],
  },
}

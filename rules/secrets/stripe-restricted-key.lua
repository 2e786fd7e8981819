return {
  id = "secrets.stripe-restricted-key",
  title = "Stripe live restricted key",
  severity = "high",
  tags = { "secrets", "stripe" },
  applies_to = { "*" },
  help = [[A Stripe live-mode restricted API key (`rk_live_`). It has the subset of API permissions chosen when it was created, often read or write access to payments, customers or payouts.

**Fix:** Roll the key in the Stripe Dashboard (*Developers > API keys > Roll key*) and review the account's logs and events for use you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stripe.com/keys",
    "https://docs.stripe.com/keys#create-restricted-api-secret-key",
  },
  pattern = [[\b(rk_live_[A-Za-z0-9]{24,247})\b]],
  keywords = { "rk_live_" },
  entropy = 3.5,
  examples = {
    [[STRIPE_RESTRICTED_KEY=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]],
    [[    key: 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]],
  },
  negative_examples = {
    [[STRIPE_RESTRICTED_KEY=rk_live_...]],
    [[STRIPE_RESTRICTED_KEY=rk_test_51Hc9Zz2eZvKYlo2C0aBcDeFgHiJkLmNoPqRsTuV]],
  },
}

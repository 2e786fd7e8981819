return {
  id = "secrets.stripe-live-secret-key",
  title = "Stripe live secret key",
  severity = "critical",
  tags = { "secrets", "stripe" },
  applies_to = { "*" },
  help = [[A Stripe live-mode secret API key (`sk_live_`). It can do everything the account can through the API: create charges, issue refunds and payouts, read every customer and payment.

**Fix:** Roll the key in the Stripe Dashboard (*Developers > API keys > Roll key*) and review the account's logs and events for use you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stripe.com/keys",
    "https://docs.stripe.com/api/authentication",
  },
  pattern = [[\b(sk_live_[A-Za-z0-9]{24,247})\b]],
  keywords = { "sk_live_" },
  entropy = 3.5,
  examples = {
    [[STRIPE_SECRET_KEY=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]],
    [[  stripe_api_key: "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"]],
    [[Stripe.api_key = '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']],
  },
  negative_examples = {
    [[STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx]],
    [[STRIPE_PUBLISHABLE_KEY=pk_live_51Hc9Zz2eZvKYlo2C0aBcDeFgHiJkLmNoPqRsT]],
    [[STRIPE_SECRET_KEY=sk_live_4eC39HqLyjW]],
  },
}

return {
  id = "secrets.stripe-test-secret-key",
  title = "Stripe test-mode secret key",
  severity = "medium",
  tags = { "secrets", "stripe" },
  applies_to = { "*" },
  help = [[A Stripe test-mode secret key (`sk_test_`). It cannot move real money, but it reads and writes the account's test data and webhooks, and a committed test key is a sign that the live key is handled the same way.

**Fix:** Roll the key in the Stripe Dashboard (*Developers > API keys > Roll key*) and review the account's logs and events for use you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stripe.com/keys",
    "https://docs.stripe.com/api/authentication",
  },
  pattern = [[\b(sk_test_[A-Za-z0-9]{24,247})\b]],
  keywords = { "sk_test_" },
  entropy = 3.5,
  examples = {
    [[STRIPE_SECRET_KEY=sk_test_512YErDxDbX3nb4sa4bDJGKaUjYQCQUT8QcJRmp28d4x4nDTgd8ZE2YeuEHeyJ9etzBRL8Ri1x6clKDy6orwyEGcDBxnvapGMLn]],
    [[  secret_key: "sk_test_516vkdTrEDIhRVS4oLFftJUCISFTUY0k0IMerDxIYsyTrtUh2CrCTBYkdk3LnpWuEG0UaQ9yhr0PmW2Rh6Bs5yB3sbMdduxDsbA"]],
  },
  negative_examples = {
    [[STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[STRIPE_SECRET_KEY=sk_test_<your key>]],
  },
}

return {
  id = "secrets.stripe-webhook-secret",
  title = "Stripe webhook signing secret",
  severity = "high",
  tags = { "secrets", "stripe" },
  applies_to = { "*" },
  help = [[A webhook endpoint signing secret (`whsec_`), used to verify the `Stripe-Signature` header (the same prefix is used by Svix-based webhook senders). With it, anyone can forge webhook events that the endpoint will accept as genuine, such as `checkout.session.completed`.

**Fix:** Roll the endpoint's signing secret in the Dashboard (*Developers > Webhooks > endpoint > Roll secret*) and update the receiver from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stripe.com/webhooks#verify-events",
    "https://docs.stripe.com/webhooks/signature",
  },
  pattern = [[\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "whsec_" },
  entropy = 3.5,
  examples = {
    [[STRIPE_WEBHOOK_SECRET=whsec_YF38s0Xfv9HwvPSY41iU8rnxNOGtxERc]],
    [[  webhook_secret: "whsec_SYCSMAZt5ubBaKLdiXFyScMjbofkcxZk"]],
  },
  negative_examples = {
    [[STRIPE_WEBHOOK_SECRET=whsec_...]],
    [[STRIPE_WEBHOOK_SECRET=whsec_1234]],
  },
}

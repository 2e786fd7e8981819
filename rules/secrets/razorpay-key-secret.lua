return {
  id = "secrets.razorpay-key-secret",
  title = "Razorpay API key secret",
  severity = "high",
  tags = { "secrets", "razorpay" },
  applies_to = { "*" },
  help = [[The key secret of a Razorpay API key pair. With the key id (`rzp_live_…`, not secret on its own) it authenticates server calls: capturing payments, refunds, payouts.

**Fix:** Regenerate the API key in the Razorpay Dashboard (*Account & Settings > API Keys*); the old secret stops working. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://razorpay.com/docs/api/authentication/",
    "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/",
  },
  pattern = [[(?:(?i:razorpay|rzp)[\w.\-]{0,30}?(?i:secret)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\brzp_(?:live|test)_[A-Za-z0-9]{14}:)([A-Za-z0-9]{24})\b]],
  keywords = { "razorpay", "rzp_" },
  entropy = 3.5,
  examples = {
    [[RAZORPAY_KEY_SECRET=DyduGwmjwZplOy7VzwSKpQmQ]],
    [[curl -u rzp_live_Kq3vB7nXw2PzLm:Jq62KtZHdSRLCBlQPPdszJgW https://api.razorpay.com/v1/payments]],
    [[  razorpay_secret: "F68BaCxJR9gsiLsdkvFX8NNQ"]],
  },
  negative_examples = {
    [[RAZORPAY_KEY_ID=rzp_live_Kq3vB7nXw2PzLm]],
    [[RAZORPAY_KEY_SECRET=your_key_secret_here_000]],
  },
}

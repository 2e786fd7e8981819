return {
  id = "secrets.tosspayments-live-secret-key",
  title = "Toss Payments live secret key",
  severity = "critical",
  tags = { "secrets", "tosspayments" },
  applies_to = { "*" },
  help = [[A Toss Payments live secret key (`live_sk_…`). Used as the Basic-auth user name, it calls the Toss Payments API for the merchant in live mode: confirming and cancelling real payments, issuing refunds and reading payment and settlement data.

**Fix:** Reissue the secret key in the Toss Payments developer center (*내 개발정보 / API keys* for the merchant id) so the old one stops working, and review recent cancellations and refunds. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.tosspayments.com/reference/using-api/authorization",
    "https://docs.tosspayments.com/guides/using-api",
  },
  pattern = [[\b(live_sk_[A-Za-z0-9]{20,40})\b]],
  keywords = { "live_sk_" },
  entropy = 3.5,
  examples = {
    [[TOSS_SECRET_KEY=live_sk_W9KC8FvwFgDHBL0dPtOiUY5AFpC3]],
    [[const secretKey = 'live_sk_t0n0KmXvOmUMtYgyGQxRSWR0OVck';]],
  },
  negative_examples = {
    [[TOSS_CLIENT_KEY=live_ck_lfmzNFrPow7ipzy4tuo6U8FxfDom]],
    [[TOSS_SECRET_KEY=live_sk_1QMG4D8v6r8E]],
    [[TOSS_SECRET_KEY=${TOSS_SECRET_KEY}]],
  },
}

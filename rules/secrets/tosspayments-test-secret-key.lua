return {
  id = "secrets.tosspayments-test-secret-key",
  title = "Toss Payments test secret key",
  severity = "medium",
  tags = { "secrets", "tosspayments" },
  applies_to = { "*" },
  help = [[A Toss Payments test secret key (`test_sk_…`). It calls the Toss Payments API in test mode for the merchant: no money moves, but it reads the test payment history and identifies the merchant account.

**Fix:** Reissue the test secret key in the Toss Payments developer center, and check that the live key of the same merchant was not committed next to it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.tosspayments.com/reference/using-api/authorization",
    "https://docs.tosspayments.com/guides/using-api",
  },
  pattern = [[\b(test_sk_[A-Za-z0-9]{20,40})\b]],
  keywords = { "test_sk_" },
  entropy = 3.5,
  allow = { [[^test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R$]] },
  examples = {
    [[TOSS_SECRET_KEY=test_sk_lfmzNFrPow7ipzy4tuo6U8FxfDom]],
    [[toss = Tosspayments('test_sk_PoXQFgLDbT8UeIiNvXfKApbdmBzS')]],
  },
  negative_examples = {
    [[TOSS_SECRET_KEY=test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R]],
    [[TOSS_CLIENT_KEY=test_ck_W9KC8FvwFgDHBL0dPtOiUY5AFpC3]],
    [[TOSS_SECRET_KEY=test_sk_1QMG4D8v6r8E]],
  },
}

return {
  id = "secrets.gocardless-access-token",
  title = "GoCardless live access token",
  severity = "critical",
  tags = { "secrets", "gocardless" },
  applies_to = { "*" },
  help = [[A GoCardless live-environment access token (`live_…`). It collects and refunds Direct Debit payments and reads customers' bank details on the creditor account, within its read-only or read-write scope.

**Fix:** Revoke the token in the GoCardless Dashboard (*Developers > Access tokens*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.gocardless.com/getting-started/api/making-your-first-request",
    "https://developer.gocardless.com/api-reference/#making-requests-authentication",
  },
  pattern = [[(?i:(?:gocardless)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(live_[A-Za-z0-9_\-]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "gocardless" },
  entropy = 3.8,
  examples = {
    [[GOCARDLESS_ACCESS_TOKEN=live_plKw2Id42gpHeyoL9FVpJt6m1irrsNe6MtnmKOXT]],
    [[  gocardless_token: "live_13eg7oCuKFS8AgVsF2NEqca4KS-8RJSRmuhxeMp1"]],
  },
  negative_examples = {
    [[GOCARDLESS_ACCESS_TOKEN=sandbox_Tf3kL9qZ2mW8xVb4nR7cY1pH6sJ0dG5aE2uK8iO3]],
    [[GOCARDLESS_ENV=live]],
  },
}

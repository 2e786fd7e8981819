return {
  id = "secrets.xendit-production-secret-key",
  title = "Xendit live secret API key",
  severity = "critical",
  tags = { "secrets", "xendit" },
  applies_to = { "*" },
  help = [[A Xendit live-mode secret API key (`xnd_production_…`). It performs any API request the key's per-product permissions allow on the live account: invoices, payment requests, disbursements and payouts, balance reads.

**Fix:** Delete the key in the Xendit Dashboard (*Settings > Developers > API Keys*) and generate a new one with only the product permissions the service needs; add an IP allowlist. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.xendit.co/api-integration/api-keys",
    "https://help.xendit.co/hc/en-us/articles/4404000223245-How-Do-I-Prevent-API-Key-Leak",
  },
  pattern = [[\b(xnd_production_[A-Za-z0-9+/]{40,100}={0,2})(?:[^A-Za-z0-9+/=_]|$)]],
  keywords = { "xnd_production_" },
  entropy = 4.0,
  examples = {
    [[XENDIT_SECRET_KEY=xnd_production_7jUMUSm886S2pS0y2spkWb7RvpxnR9GMuwkjP8V0NQragjapH8x489aSKae1jsW5]],
    [[const xendit = new Xendit({ secretKey: 'xnd_production_u046nPnXZS3eCPTNiVyQ5Z46TRYlvjRNdyT5Dowa7MCwIWM6CWdXTAkWWMyWJolS' });]],
  },
  negative_examples = {
    [[XENDIT_SECRET_KEY=xnd_production_...]],
    [[XENDIT_PUBLIC_KEY=xnd_public_production_m1vcaKfsauFFXgmMfk6XOnjfqDAtaPfaBfDGpc2sjKtyapGv8VulqZvY7hfmDSym]],
    [[XENDIT_SECRET_KEY=${XENDIT_SECRET_KEY}]],
  },
}

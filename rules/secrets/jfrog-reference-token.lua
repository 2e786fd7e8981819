return {
  id = "secrets.jfrog-reference-token",
  title = "JFrog reference token",
  severity = "high",
  tags = { "secrets", "jfrog" },
  applies_to = { "*" },
  help = [[A JFrog Platform reference token: a short handle for an access token, with the same scope (user, group or admin) and expiry.

**Fix:** Revoke the token in the JFrog Platform (Administration > User Management > Access Tokens) and review the access logs. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
  },
  pattern = [[\b(cmVmdGtuOjAxOj[A-Za-z0-9]{50})\b]],
  keywords = { "cmVmdGtu" },
  entropy = 3.5,
  examples = {
    [[JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjCd7a9F8pGnJR4F6JvDXEGrj85u5NRSPLjz7mEkKeMldibN9Osc]],
    [[  password: "cmVmdGtuOjAxOjU9T2CnuZuEhiwnTpbyZJV09XNnetBfxPdM11unbK1qxwVh9KVT"]],
  },
  negative_examples = {
    [[JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj2q77FwROyh25U3EMYJ9z]],
    [[JFROG_ACCESS_TOKEN=cmVmdGtu<token>]],
  },
}

return {
  id = "secrets.plaid-secret",
  title = "Plaid API secret",
  severity = "high",
  tags = { "secrets", "plaid" },
  applies_to = { "*" },
  help = [[A Plaid API secret. With the client id it authenticates every server-side Plaid call of the environment, including exchanging public tokens and reading linked accounts.

**Fix:** Rotate the secret in the Plaid Dashboard (*Developers > Keys*) and update the servers from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://plaid.com/docs/api/#api-access",
    "https://plaid.com/docs/account/security/",
  },
  pattern = [[(?i:(?:plaid)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{30})\b]],
  keywords = { "plaid" },
  entropy = 3.2,
  examples = {
    [[PLAID_SECRET=7ebffc8d77448ef9a2eaa16d6efd1c]],
    [[  plaid_secret: "61a7a0dde5d77fc6699740521b78eb"]],
  },
  negative_examples = {
    [[PLAID_CLIENT_ID=5f3b2c1d0e9f8a7b6c5d4e3f]],
    [[PLAID_SECRET=259edbc54840b3aa82e9d797e4f]],
  },
}

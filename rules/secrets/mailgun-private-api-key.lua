return {
  id = "secrets.mailgun-private-api-key",
  title = "Mailgun API key (current format)",
  severity = "high",
  tags = { "secrets", "mailgun" },
  applies_to = { "*" },
  help = [[A Mailgun private API key in the current format (without the `key-` prefix). It has the same reach as the account's primary key: sending, domains, routes, webhooks.

**Fix:** Regenerate the key in Mailgun (*API Security*) and update senders from a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
  },
  pattern = [[(?i:(?:mailgun)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b]],
  keywords = { "mailgun" },
  entropy = 3.2,
  examples = {
    [[MAILGUN_API_KEY=78fcfa4176c80c0b429f62e1cfea49e6-5e99a2a0-da840b89]],
    [[  mailgun_private_key: "c7088ada05ee76a475cdbfde1682a321-80a2df96-32b0a7bc"]],
  },
  negative_examples = {
    [[MAILGUN_DOMAIN=mg.example.org]],
    [[MAILGUN_API_KEY=6f1b3c9d2e7a4f8b0c5d1e9f3a7b2c6d]],
  },
}

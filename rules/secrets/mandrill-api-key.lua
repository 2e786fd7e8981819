return {
  id = "secrets.mandrill-api-key",
  title = "Mandrill API key",
  severity = "high",
  tags = { "secrets", "mailchimp" },
  applies_to = { "*" },
  help = [[A Mandrill (Mailchimp Transactional) API key. It sends transactional mail from the account's domains and reads sent-message content and recipients.

**Fix:** Delete the key in Mandrill (*Settings > SMTP & API Info*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://mailchimp.com/developer/transactional/guides/quick-start/",
    "https://mailchimp.com/developer/transactional/docs/authentication-delivery/",
  },
  pattern = [[(?i:(?:mandrill)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:md-)?[A-Za-z0-9_\-]{22})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mandrill" },
  entropy = 3.5,
  examples = {
    [[MANDRILL_API_KEY=md-k3im1Wene56eAe30orONc6]],
    [[  mandrill_key: "md-s78Khhr67ikUjFCPNdKCrs"]],
  },
  negative_examples = {
    [[MANDRILL_API_KEY=your-mandrill-key]],
    [[MANDRILL_API_KEY=md-Qx7bN2kLp9]],
  },
}

return {
  id = "secrets.brevo-api-key",
  title = "Brevo (Sendinblue) API key",
  severity = "high",
  tags = { "secrets", "brevo" },
  applies_to = { "*" },
  help = [[A Brevo (formerly Sendinblue) API v3 key (`xkeysib-`). It sends e-mail and SMS and reads and edits contacts, lists and campaigns.

**Fix:** Delete the key in Brevo (*SMTP & API*) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.brevo.com/docs/getting-started",
    "https://help.brevo.com/hc/en-us/articles/209467485-Create-and-manage-your-API-keys",
  },
  pattern = [[\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b]],
  keywords = { "xkeysib-" },
  entropy = 3.5,
  examples = {
    [[BREVO_KEY=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]],
    [[  api_key: "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"]],
  },
  negative_examples = {
    [[BREVO_KEY=xkeysib-64f4642b2de9ba673a8df153c3d6e73766342c9df38dd9c253ddd2af20439948-Mzz7JNS4oQiiI]],
    [[BREVO_KEY=xkeysib-YOUR_API_KEY]],
  },
}

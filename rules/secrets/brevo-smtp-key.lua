return {
  id = "secrets.brevo-smtp-key",
  title = "Brevo (Sendinblue) SMTP key",
  severity = "high",
  tags = { "secrets", "brevo" },
  applies_to = { "*" },
  help = [[A Brevo (formerly Sendinblue) SMTP relay key (`xsmtpsib-`). It is the password for relaying mail through Brevo's SMTP servers as the account.

**Fix:** Delete the key in Brevo (*SMTP & API*) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.brevo.com/docs/getting-started",
    "https://help.brevo.com/hc/en-us/articles/209467485-Create-and-manage-your-API-keys",
  },
  pattern = [[\b(xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b]],
  keywords = { "xsmtpsib-" },
  entropy = 3.5,
  examples = {
    [[BREVO_KEY=xsmtpsib-3433e03b40128ea87d4488240c2a5e0b7c16fae60eab8843ad91be4932a23c5f-U1UcKxCGrbTAL02v]],
    [[  api_key: "xsmtpsib-820a2ea4fc797f1f917f6a362df5a928fe3ec9192f8b2583891be8c5207d97e1-wagSAn10AfRVG9gF"]],
  },
  negative_examples = {
    [[BREVO_KEY=xsmtpsib-8ba37843f69e8de58bd11893f62a20eea99216f6299539752645708b41d1cf5f-dqBdHTTxeuJ1j]],
    [[BREVO_KEY=xsmtpsib-YOUR_API_KEY]],
  },
}

return {
  id = "secrets.resend-api-key",
  title = "Resend API key",
  severity = "high",
  tags = { "secrets", "resend" },
  applies_to = { "*" },
  help = [[A Resend API key (`re_`). With full access it sends email from every verified domain of the team and manages domains, API keys, audiences and contacts; a sending-only key still sends mail as the company.

**Fix:** Delete the key in Resend (*API Keys > … > Remove API key*) and create a replacement restricted to sending and to one domain where possible. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://resend.com/docs/api-reference/api-keys/create-api-key",
    "https://resend.com/docs/api-reference/introduction",
  },
  pattern = [[\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})\b]],
  keywords = { "re_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[RESEND_API_KEY=re_muwQKndJ_k4U2YGXM2STQZ1JHTJ7dZcGg]],
    [[const resend = new Resend('re_WoeOlsuM_AHGE9Hngi6Gezpq8UPktsn3N');]],
  },
  negative_examples = {
    [[const resend = new Resend('re_xxxxxxxxx');]],
    [[RESEND_API_KEY=${RESEND_API_KEY}]],
    [[RESEND_API_KEY=re_muwQKndJ_k4U2YGXM2ST]],
  },
}

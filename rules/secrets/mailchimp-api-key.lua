return {
  id = "secrets.mailchimp-api-key",
  title = "Mailchimp Marketing API key",
  severity = "high",
  tags = { "secrets", "mailchimp" },
  applies_to = { "*" },
  help = [[A Mailchimp Marketing API key. It reads and edits audiences (subscriber e-mail addresses and personal data), campaigns and automations of the account.

**Fix:** Disable the key in Mailchimp (*Profile > Extras > API keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://mailchimp.com/developer/marketing/guides/quick-start/",
    "https://mailchimp.com/help/about-api-keys/",
  },
  pattern = [[\b([0-9a-f]{32}-us[0-9]{1,2})\b]],
  keywords = { "-us" },
  entropy = 3.2,
  examples = {
    [[MAILCHIMP_API_KEY=fda316b083879c09288cef162e13b268-us61]],
    [[  mailchimp_key: "09a672be14652770551e274f27f9074e-us18"]],
  },
  negative_examples = {
    [[MAILCHIMP_API_KEY=<key>-us6]],
    [[MAILCHIMP_API_KEY=00000000000000000000000000000000-us1]],
  },
}

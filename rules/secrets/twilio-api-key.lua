return {
  id = "secrets.twilio-api-key",
  title = "Twilio API key SID",
  severity = "medium",
  tags = { "secrets", "twilio" },
  applies_to = { "*" },
  help = [[The SID of a Twilio API key (`SK…`). The SID is half of a credential pair: the 32-character API key secret is shown once at creation and is usually stored right next to the SID, so a committed SID points at a committed secret.

**Fix:** Delete the API key (Console *> Account > API keys & tokens*) or promote the secondary auth token and rotate it, then review the account's usage and message logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.twilio.com/docs/iam/api-keys",
    "https://www.twilio.com/docs/glossary/what-is-a-sid",
  },
  pattern = [[\b(SK[0-9a-fA-F]{32})\b]],
  keywords = { "twilio" },
  entropy = 3.0,
  examples = {
    [[TWILIO_API_KEY=SK59f865443160969403bd29de862588c5]],
    [[  twilio_api_key_sid: "SKaf77212ec756d572c54fb9ad42444d10"]],
  },
  negative_examples = {
    [[TWILIO_ACCOUNT_SID=AC3f9c2b7e1d0a4c6b8e2f5a7d9c1b3e50]],
    [[TWILIO_API_KEY=SK90bf8b000a72fba0d93c97c1f709c]],
  },
}

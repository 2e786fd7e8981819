return {
  id = "secrets.messagebird-api-key",
  title = "MessageBird (Bird) API access key",
  severity = "high",
  tags = { "secrets", "messagebird" },
  applies_to = { "*" },
  help = [[A MessageBird (now Bird) live or test API access key. A live key sends SMS, voice and WhatsApp messages at the account's expense and reads message history.

**Fix:** Delete the key in the MessageBird dashboard (*Developers > API access*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.messagebird.com/api/#authentication",
  },
  pattern = [[(?i:(?:messagebird|message_bird)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{25})\b]],
  keywords = { "messagebird", "message_bird" },
  entropy = 3.5,
  examples = {
    [[MESSAGEBIRD_API_KEY=VJqhndOQTO8pRbydlJD9vo3zH]],
    [[  messagebird_access_key: "7A4duCrXtDvAffiCT8yGUmJm0"]],
  },
  negative_examples = {
    [[MESSAGEBIRD_ORIGINATOR=AcmeAlerts]],
    [[MESSAGEBIRD_API_KEY=Dj49tgCi7B3XZvXOU91iqe]],
  },
}

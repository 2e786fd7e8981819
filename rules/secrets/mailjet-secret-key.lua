return {
  id = "secrets.mailjet-secret-key",
  title = "Mailjet API secret key",
  severity = "high",
  tags = { "secrets", "mailjet" },
  applies_to = { "*" },
  help = [[The secret (private) half of a Mailjet API key pair. With the public API key it sends mail and manages contacts and campaigns.

**Fix:** Regenerate the secret key in Mailjet (*Account settings > API key management*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://dev.mailjet.com/email/guides/#authentication",
    "https://documentation.mailjet.com/hc/en-us/articles/360042412734",
  },
  pattern = [[(?i:(?:mailjet|mj[_\-]?apikey)[\w.\-]{0,30}?(?:secret|private)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "mailjet", "mj_apikey", "mj-apikey", "mjapikey" },
  entropy = 3.2,
  examples = {
    [[MJ_APIKEY_PRIVATE=decf3ddcb81f1178129b5d8731225da1]],
    [[  mailjet_secret_key: "2c89a5b481ab8dc42c33e53cf1ef327c"]],
  },
  negative_examples = {
    [[MJ_APIKEY_PUBLIC=4d1c8e2a7b9f3c6e0a5d2b8f1e7c4a90]],
    [[MAILJET_SECRET_KEY=24c9fce02c6909ee80453ee7e81d0]],
  },
}

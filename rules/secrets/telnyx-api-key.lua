return {
  id = "secrets.telnyx-api-key",
  title = "Telnyx API key",
  severity = "critical",
  tags = { "secrets", "telnyx" },
  applies_to = { "*" },
  help = [[A Telnyx API v2 key (`KEY…`). Telnyx documents that its API keys carry the account's privileges across every service: sending SMS and placing calls billed to the account, buying and porting numbers, reading message and call records, and managing SIP connections and storage.

**Fix:** Delete the key in the Telnyx Mission Control Portal (*Account settings > API Keys*), create a replacement, and review the account's usage and billing for abuse. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.telnyx.com/development/api-fundamentals/authentication",
    "https://developers.telnyx.com/development/cli/legacy/authentication",
  },
  pattern = [[(?i:telnyx)[^\n]{0,60}?\b(KEY[0-9A-F]{32}_[A-Za-z0-9]{20,24})\b]],
  keywords = { "telnyx" },
  entropy = 3.8,
  examples = {
    [[TELNYX_API_KEY=KEY2417C8638486F05C1A737B5262062D41_QMgiPdK59zqHRo1TTBUICS]],
    [[const telnyx = require('telnyx')('KEY168791EB6A85ADAC7F98CC42871C0A8B_EPBgt5akekd2IFSxe7nAkG');]],
  },
  negative_examples = {
    [[TELNYX_API_KEY=KEY_xxxxxxxxxxxxx]],
    [[TELNYX_API_KEY=KEY0123456789ABCDEF...]],
    [[TELNYX_API_KEY=${TELNYX_API_KEY}]],
  },
}

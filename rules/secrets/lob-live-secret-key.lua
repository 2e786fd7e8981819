return {
  id = "secrets.lob-live-secret-key",
  title = "Lob live secret API key",
  severity = "high",
  tags = { "secrets", "lob" },
  applies_to = { "*" },
  help = [[A Lob live secret API key (`live_`). It performs any Lob API request without restriction: printing and mailing letters, postcards and checks billed to the account, and reading the address book and past mail pieces. (Publishable keys, `live_pub…`, are limited to address verification and are not reported.)

**Fix:** Rotate the key in the Lob dashboard (*Settings > API Keys > Live Environment > Secret API Keys*, rotate icon); this invalidates the old key at once. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://help.lob.com/account-management/api-keys",
    "https://github.com/lob/lob-insomnia",
  },
  pattern = [[(?i:\blob)[^\n]{0,60}?\b(live_[0-9a-f]{30,40})\b]],
  keywords = { "lob", "Lob", "LOB" },
  keywords_exact = true,
  entropy = 3.2,
  examples = {
    [[LOB_API_KEY=live_851b094c2ee56c294c231d482dd1637a477]],
    [[  lob_live_key: 'live_baca6dbd554c9d3c7b3b18819e1fd8ac722']],
  },
  negative_examples = {
    [[LOB_API_KEY=test_851b094c2ee56c294c231d482dd1637a477]],
    [[LOB_PUBLISHABLE_KEY=live_pub_851b094c2ee56c294c231d482dd1637]],
    [[LOB_API_KEY=${LOB_API_KEY}]],
  },
}

return {
  id = "secrets.statuspage-api-key",
  title = "Atlassian Statuspage API key",
  severity = "high",
  tags = { "secrets", "statuspage" },
  applies_to = { "*" },
  help = [[An Atlassian Statuspage API key, sent as `Authorization: OAuth <key>` or `?api_key=` to `api.statuspage.io`. Atlassian describes it as a full read/write key: it creates and resolves incidents, changes component status and page settings, and lists and manages subscribers (their e-mail addresses and phone numbers) and team members on every page of the organization.

**Fix:** Revoke the key in the Statuspage management interface (*Your profile and settings > API info > Organization API keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.statuspage.io/",
    "https://support.atlassian.com/statuspage/docs/what-are-the-different-apis-under-statuspage/",
  },
  pattern = [[(?:(?i:statuspage\w*?(?:key|token)\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bOAuth[ \t]+|[?&]api_key=)([a-f0-9]{64})\b]],
  keywords = { "statuspage" },
  entropy = 3.0,
  allow = { [[89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1]], [[2a7b9d4aac30956d537ac76850f4d78de30994703680056cc103862d53cf8074]] },
  examples = {
    [[STATUSPAGE_API_KEY=41e8515676da5d83995fad46b099e6dbbd85f8709ef3c402e8873011eea6f2af]],
    [[curl -H "Authorization: OAuth 5f4b1a05f2d15e880a97c1500f44b104486c72151e13e19ff919d7cc31b4d05e" https://api.statuspage.io/v1/pages]],
  },
  negative_examples = {
    [[curl -H "Authorization: OAuth 89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1" https://api.statuspage.io/v1/pages/gytm4qzbx9t6.json]],
    [[STATUSPAGE_API_KEY=${STATUSPAGE_API_KEY}]],
    [[STATUSPAGE_PAGE_ID=gytm4qzbx9t6]],
  },
}

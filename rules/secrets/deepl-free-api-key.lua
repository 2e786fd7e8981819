return {
  id = "secrets.deepl-free-api-key",
  title = "DeepL API Free authentication key",
  severity = "medium",
  tags = { "secrets", "deepl" },
  applies_to = { "*" },
  help = [[A DeepL API Free authentication key, recognisable by its `:fx` suffix. It spends the account's monthly character quota on text and document translation and reads and edits the account's glossaries.

**Fix:** Delete the key in the DeepL account (*API Keys & Limits > API Keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.deepl.com/docs/getting-started/auth",
  },
  pattern = [[\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx)\b]],
  keywords = { ":fx" },
  entropy = 3.0,
  allow = { [[(?i)(?:^279a2e9d-83b3-c416-7e2d-f721593e42a0)]] },
  examples = {
    [[DEEPL_AUTH_KEY=d80f6c86-0388-e8a3-0a25-8fb56db54ee3:fx]],
    [[curl -H 'Authorization: DeepL-Auth-Key 715d0171-05c8-f903-7bc1-7940c65abce7:fx' https://api-free.deepl.com/v2/translate]],
  },
  negative_examples = {
    [[DEEPL_AUTH_KEY=279a2e9d-83b3-c416-7e2d-f721593e42a0:fx]],
    [[DEEPL_AUTH_KEY=d80f6c86-0388-e8a3-0a25-8fb56d:fx]],
    [[DEEPL_AUTH_KEY=00000000-0000-0000-0000-000000000000:fx]],
  },
}

return {
  id = "secrets.sparkpost-api-key",
  title = "SparkPost API key",
  severity = "high",
  tags = { "secrets", "sparkpost" },
  applies_to = { "*" },
  help = [[A SparkPost (Bird Email) API key. Depending on its grants it sends mail, manages sending domains, templates and webhooks, and reads message events.

**Fix:** Delete the key in SparkPost (*Configuration > API Keys*) and create a new one with minimal grants. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.sparkpost.com/api/#header-authentication",
    "https://support.sparkpost.com/docs/getting-started/create-api-keys",
  },
  pattern = [[(?i:(?:sparkpost)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{40})\b]],
  keywords = { "sparkpost" },
  entropy = 3.2,
  examples = {
    [[SPARKPOST_API_KEY=d29ed70a44798a3dec7820a11d4a2f129a63577b]],
    [[  sparkpost_api_key: "dc64097a7cb440fb3596c4372d11c8ab4fcca029"]],
  },
  negative_examples = {
    [[SPARKPOST_API_KEY=f7f361387d3b0bb218823e6e22f411058667e]],
    [[SPARKPOST_HOST=api.eu.sparkpost.com]],
    [[SPARKPOST_TEMPLATE_COMMIT=a062dcb85d42702cb004e08c51548781d5e304c7]],
  },
}

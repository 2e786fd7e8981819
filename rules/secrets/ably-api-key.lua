return {
  id = "secrets.ably-api-key",
  title = "Ably API key",
  severity = "high",
  tags = { "secrets", "ably" },
  applies_to = { "*" },
  help = [[An Ably API key. Used with basic authentication it has the key's capabilities on the app: publishing and subscribing on channels, presence, history, and issuing tokens to clients.

**Fix:** Revoke the key in the Ably dashboard (*API Keys > Revoke*) and create a new one; use token authentication for clients. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://ably.com/docs/auth/basic",
    "https://ably.com/docs/auth",
  },
  pattern = [[\b([A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{6}:[A-Za-z0-9_\-]{30,60})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "ably" },
  entropy = 4.0,
  examples = {
    [[ABLY_API_KEY=CZhWDc.Kfo_ZT:tIvt7UBvUtE4F5X-QqmAWgxcZFd7Y_SASCyK8eKH487]],
    [[  ably_key: "R3fdWL.JkD5ms:P5aaT8OcPL2qkIY2en2-IV0SJHLLocVQGZnca1StKvF"]],
  },
  negative_examples = {
    [[ABLY_API_KEY=appId.keyId:keySecret]],
    [[ABLY_CLIENT_ID=dashboard-frontend]],
  },
}

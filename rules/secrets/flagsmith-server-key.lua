return {
  id = "secrets.flagsmith-server-key",
  title = "Flagsmith server-side environment key",
  severity = "high",
  tags = { "secrets", "flagsmith" },
  applies_to = { "*" },
  help = [[A Flagsmith server-side environment key (`ser.`). Unlike the public client-side key it downloads the whole environment document, including every segment and targeting rule, for local evaluation, and it can set traits on any identity of the environment.

**Fix:** Delete the key in Flagsmith (*Environment settings > SDK keys > Server-side environment keys*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.flagsmith.com/integration-approaches",
    "https://docs.flagsmith.com/clients/",
  },
  pattern = [[(?i:flagsmith)[^\n]{0,60}?\b(ser\.[A-Za-z0-9]{22})\b]],
  keywords = { "flagsmith" },
  entropy = 3.5,
  examples = {
    [[FLAGSMITH_SERVER_KEY=ser.l8xJVm5WMDOiBo50OOIwx5]],
    [[flagsmith = Flagsmith(environment_key='ser.IJJ9VsvT4xr9p3cieqYsNk')]],
  },
  negative_examples = {
    [[FLAGSMITH_ENVIRONMENT_KEY=l8xJVm5WMDOiBo50OOIwx5]],
    [[FLAGSMITH_SERVER_KEY=ser.your-server-side-key]],
    [[FLAGSMITH_SERVER_KEY=${FLAGSMITH_SERVER_KEY}]],
  },
}

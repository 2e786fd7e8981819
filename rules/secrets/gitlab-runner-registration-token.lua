return {
  id = "secrets.gitlab-runner-registration-token",
  title = "GitLab runner registration token (legacy)",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A project, group or instance runner registration token (deprecated workflow). Anyone holding it can register runners that then receive that scope's CI jobs and their variables.

**Fix:** Reset the registration token (CI/CD settings > Runners > Reset registration token), remove unknown runners, and migrate to the runner authentication token workflow. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
    "https://docs.gitlab.com/ci/runners/new_creation_workflow/",
  },
  pattern = [[\b(GR1348941[A-Za-z0-9_\-]{20})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "GR1348941" },
  entropy = 3.5,
  examples = {
    [[gitlab-runner register --non-interactive --url https://gitlab.example.org --registration-token GR1348941kNskIOYqsY89MS3HzeZ_]],
    [[  runnerRegistrationToken: "GR1348941hn6p7tNBUjXdS6i8ni85"]],
  },
  negative_examples = {
    [[registration-token GR1348941bNMQPr7TS7]],
    [[runnerRegistrationToken: GR1348941<token>]],
    [[GR1348941xxxxxxxxxxxxxxxxxxxx]],
  },
}

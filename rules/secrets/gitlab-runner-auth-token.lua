return {
  id = "secrets.gitlab-runner-auth-token",
  title = "GitLab runner authentication token",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The token a GitLab Runner uses to authenticate to GitLab and pick up jobs. Whoever holds it can register a rogue runner that receives CI jobs, with their variables, secrets and job tokens.

**Fix:** Reset the runner's authentication token (CI/CD > Runners > the runner > Reset token, or `POST /runners/:id/reset_authentication_token`) or delete the runner. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glrt\-(?:t\d_)?[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glrt-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glrt-TFqCJrBoz_crm4XvAFWP]],
    [[  token: "glrt-D4fP7BrQLobX57ibWcoo"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glrt-ZSN6M9aYfajh9S]],
    [[GITLAB_TOKEN=glrt-<token>]],
    [[GITLAB_TOKEN=glrt-xxxxxxxxxxxxxxxxxxxx]],
  },
}

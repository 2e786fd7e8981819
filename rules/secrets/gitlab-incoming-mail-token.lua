return {
  id = "secrets.gitlab-incoming-mail-token",
  title = "GitLab incoming email token",
  severity = "medium",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A user's incoming email token, embedded in the reply-by-email and create-issue-by-email addresses; anyone with it can create issues and comments as the user.

**Fix:** Reset it under User settings > Access tokens > Incoming email token. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glimt\-[A-Za-z0-9_\-]{25})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glimt-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glimt-IXGxdOVgA_qW6DVFS1NzKcs8H]],
    [[  token: "glimt-Dq7qrkNIjNjjhvya_QTqxemQy"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glimt-kiM42VHT0TkVXyOklTy]],
    [[GITLAB_TOKEN=glimt-<token>]],
    [[GITLAB_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

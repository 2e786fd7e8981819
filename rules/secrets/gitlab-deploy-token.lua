return {
  id = "secrets.gitlab-deploy-token",
  title = "GitLab deploy token",
  severity = "medium",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A deploy token: read (or write) access to a project or group's repository, container registry and package registry, without a user.

**Fix:** Revoke it under Settings > Repository > Deploy tokens. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(gldt\-[A-Za-z0-9_\-]{20})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "gldt-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=gldt-8R5FtNJIJ2_QFOvQbs1v]],
    [[  token: "gldt-0gpzS7WU8WdE3ZjJZhTW"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=gldt-Zr8Jp_y6RbMbF-]],
    [[GITLAB_TOKEN=gldt-<token>]],
    [[GITLAB_TOKEN=gldt-xxxxxxxxxxxxxxxxxxxx]],
  },
}

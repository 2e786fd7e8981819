return {
  id = "secrets.gitlab-feed-token",
  title = "GitLab feed token",
  severity = "medium",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A user's feed token, used in RSS/Atom and calendar URLs. It reads the user's activity, issue and merge request feeds, which can include confidential titles.

**Fix:** Reset it under User settings > Access tokens > Feed token > reset. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glft\-[A-Za-z0-9_\-]{20})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glft-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glft-9u7dcrJH-nRhRs24nRmy]],
    [[  token: "glft-qibaXvfbqh5eXvRSk_cN"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glft-B0dBHMO1H5rx1i]],
    [[GITLAB_TOKEN=glft-<token>]],
    [[GITLAB_TOKEN=glft-xxxxxxxxxxxxxxxxxxxx]],
  },
}

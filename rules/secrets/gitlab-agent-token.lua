return {
  id = "secrets.gitlab-agent-token",
  title = "GitLab agent for Kubernetes token",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The token the GitLab agent for Kubernetes uses to connect a cluster to GitLab. With it an attacker can impersonate the agent, read its configuration and intercept or disrupt CI/CD access to the cluster.

**Fix:** Revoke it under Operate > Kubernetes clusters > the agent > Access tokens, create a new one and update the agent's secret. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glagent\-[A-Za-z0-9_\-]{50})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glagent-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glagent-JGHhZKCpvKG6flub9D2K3fnV4SQJCqpg0Cl0wnTouPuHOoLNP0]],
    [[  token: "glagent-X4lv2uu3t6D7Ei6B0oHiHBD5FrAuRJ3Hsq1AVA1HHx9u6biB5P"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glagent-bIC4OzZv5PmO7NMld3gDykiJNEeiRxx6gVG51S0JokrZ]],
    [[GITLAB_TOKEN=glagent-<token>]],
    [[GITLAB_TOKEN=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

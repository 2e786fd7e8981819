return {
  id = "secrets.gitlab-runner-registered-token",
  title = "GitLab runner authentication token (registration workflow)",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A GitLab runner authentication token with the `glrtr-` prefix: the token a runner receives when it is registered with the deprecated registration-token workflow, stored in the runner's `config.toml`. It lets the holder pose as the runner: pick up CI/CD jobs of the instance, group or project, with their job tokens, variables and source code.

**Fix:** Delete the runner in GitLab (*Settings > CI/CD > Runners*, or the Admin area for instance runners), which invalidates its token, and register a replacement with a runner authentication token (`glrt-`) created in the UI. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/runner/register/",
  },
  pattern = [[\b(glrtr-[A-Za-z0-9_\-]{20,100}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glrtr-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[CI_RUNNER_TOKEN=glrtr-pwXRSsottkMyqBHt8Iw5]],
    [[  runner_token: "glrtr-cMiWVb08FvGQ1B8d_z4y"]],
  },
  negative_examples = {
    [[CI_RUNNER_TOKEN=glrtr-e5mJRRzihgtw]],
    [[CI_RUNNER_TOKEN=glrtr-xxxxxxxxxxxxxxxxxxxx]],
    [[CI_RUNNER_TOKEN=${RUNNER_TOKEN}]],
  },
}

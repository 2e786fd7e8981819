return {
  id = "secrets.gitlab-workspace-token",
  title = "GitLab workspace token",
  severity = "medium",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A GitLab workspace token (`glwt-`), created for a remote development workspace. It authenticates access to that workspace through the GitLab agent for Kubernetes, so the holder reaches the workspace's editor, terminal and the code and credentials inside it.

**Fix:** Stop and delete the workspace (which revokes its token) and create a new one; review what the workspace had access to. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/user/workspace/",
  },
  pattern = [[\b(glwt-[A-Za-z0-9_\-]{20,100})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glwt-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[GITLAB_WORKSPACE_TOKEN=glwt-A5BggzhxZ0hp-IQJA4Dl]],
    [[  workspace_token: "glwt-GvBtamAdT9fkZeeJ-oGw"]],
  },
  negative_examples = {
    [[GITLAB_WORKSPACE_TOKEN=glwt-IHJUMXWV3ugw]],
    [[GITLAB_WORKSPACE_TOKEN=glwt-xxxxxxxxxxxxxxxxxxxx]],
    [[GITLAB_WORKSPACE_TOKEN=${GITLAB_WORKSPACE_TOKEN}]],
  },
}

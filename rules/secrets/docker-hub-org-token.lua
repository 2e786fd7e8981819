return {
  id = "secrets.docker-hub-org-token",
  title = "Docker Hub organization access token",
  severity = "critical",
  tags = { "secrets", "docker" },
  applies_to = { "*" },
  help = [[A Docker Hub organization access token (`dckr_oat_`). It authenticates as the organization, with the repository permissions chosen at creation, independently of any user.

**Fix:** Delete the token in the organization's settings (*Admin Console > Access tokens*) and audit pushes to its repositories. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.docker.com/security/for-admins/access-tokens/",
    "https://docs.docker.com/security/access-tokens/",
  },
  pattern = [[\b(dckr_oat_[A-Za-z0-9_\-]{27,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "dckr_oat_" },
  entropy = 3.5,
  examples = {
    [[DOCKER_ORG_TOKEN=dckr_oat_49EUh7e7IfdtJ2pPQ3RITKqCJ4gRh9Gl]],
    [[  password: "dckr_oat_g2q_fzvBKOhdqLXVb72mxugnfHZ2DUFq"]],
  },
  negative_examples = {
    [[DOCKER_ORG_TOKEN=dckr_oat_abc]],
    [[DOCKER_ORG_TOKEN=dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

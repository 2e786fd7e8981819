return {
  id = "secrets.docker-hub-pat",
  title = "Docker Hub personal access token",
  severity = "critical",
  tags = { "secrets", "docker" },
  applies_to = { "*" },
  help = [[A Docker Hub personal access token (`dckr_pat_`). It logs in as the user (`docker login`) with the token's scope: read, write or delete on the user's and organizations' repositories.

**Fix:** Delete the token in Docker Hub (*Account settings > Personal access tokens*) and review the repositories for pushed tags you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.docker.com/security/access-tokens/",
  },
  pattern = [[\b(dckr_pat_[A-Za-z0-9_\-]{27})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "dckr_pat_" },
  entropy = 3.5,
  examples = {
    [[echo dckr_pat_RR9zLi82dgSHhecINvNY4JrgWzn | docker login -u ci-bot --password-stdin]],
    [[DOCKERHUB_TOKEN=dckr_pat_tnP5e7NQFkz_3-YwzCnuAlgqKAn]],
  },
  negative_examples = {
    [[DOCKERHUB_TOKEN=dckr_pat_7mMmd93_GfNY-MjnefzlQHmq]],
    [[DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

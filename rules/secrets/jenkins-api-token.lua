return {
  id = "secrets.jenkins-api-token",
  title = "Jenkins API token",
  severity = "high",
  tags = { "secrets", "jenkins" },
  applies_to = { "*" },
  help = [[A Jenkins user API token, used instead of the password for HTTP basic authentication to the REST API, remote build triggers and `jenkins-cli -auth user:token`. It acts as its user: for an administrator, creating and reconfiguring jobs, running builds on any agent, reading the credentials store through pipelines and the script console, which amounts to control of the controller and everything its credentials reach.

**Fix:** Revoke the token on the user's page (*Security > API Token*, or *Configure* on older versions; administrators can revoke any user's tokens), check the build history and audit trail for its use, and give automation a dedicated low-privilege user whose token comes from the secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.jenkins.io/blog/2018/07/02/new-api-token-system/",
    "https://www.jenkins.io/doc/book/using/remote-access-api/",
  },
  -- Format from Jenkins core (jenkins.security.apitoken.ApiTokenStore): a version prefix '11' and 32 lowercase hex
  -- digits, 34 characters, since the token system of Jenkins 2.129. The shape is not distinctive on its own, so
  -- 'jenkins' must appear earlier on the line, followed by an assignment, '-auth user:' or '-u user:'.
  pattern = [[(?i:\bjenkins[^\n]{0,60}?(?:[=:][ \t]*[\"']?|-auth[ \t]+[\"']?[\w.@\-]+:|-u[ \t]+[\"']?[\w.@\-]+:))(11[0-9a-f]{32})\b]],
  keywords = { "jenkins" },
  entropy = 3.0,
  examples = {
    [[JENKINS_API_TOKEN=119e84bd67e796c1fe2949f817f661127d]],
    [[java -jar jenkins-cli.jar -s https://jenkins.acme.io/ -auth deploy:1184ba5b72a0fc04d3ef535abb77e53866 build release]],
  },
  negative_examples = {
    [[JENKINS_API_TOKEN=${JENKINS_API_TOKEN}]],
    [[JENKINS_API_TOKEN=111c87ded7f7c7ac8e85bdbbf97cadea6]],
    [[BUILD_ID=110caa0d454ddcd9f9f6f2aeefb08f0c24]],
    [[JENKINS_JOB_HASH=11e892b47168791eb6a85adac7f98cc42871c0a8bf]],
  },
}

return {
  id = "secrets.sonarqube-global-analysis-token",
  title = "SonarQube global analysis token",
  severity = "medium",
  tags = { "secrets", "sonarqube" },
  applies_to = { "*" },
  help = [[A SonarQube global analysis token: runs analyses on every project, and can create projects when the user may.

**Fix:** Revoke the token (My Account > Security, or Administration > Security > Users for admins) and use the CI's secret store for `SONAR_TOKEN`. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
  },
  pattern = [[\b(sqa_[a-f0-9]{40})\b]],
  keywords = { "sqa_" },
  entropy = 3.0,
  examples = {
    [[SONAR_TOKEN=sqa_41b75eeba66d3fac5ff5b086279f7d7f6f6a0e50]],
    [[mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=sqa_8d9bb40061497a8bddb38ffd4fd1e98c2385bc30]],
  },
  negative_examples = {
    [[SONAR_TOKEN=sqa_084e7f929158fe6c6568e84173036cb9]],
    [[SONAR_TOKEN=sqa_<token>]],
    [[SONAR_TOKEN=sqa_0000000000000000000000000000000000000000]],
  },
}

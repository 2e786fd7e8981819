return {
  id = "secrets.sonarqube-project-analysis-token",
  title = "SonarQube project analysis token",
  severity = "medium",
  tags = { "secrets", "sonarqube" },
  applies_to = { "*" },
  help = [[A SonarQube project analysis token: runs analyses and submits results for a single project.

**Fix:** Revoke the token (My Account > Security, or Administration > Security > Users for admins) and use the CI's secret store for `SONAR_TOKEN`. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
  },
  pattern = [[\b(sqp_[a-f0-9]{40})\b]],
  keywords = { "sqp_" },
  entropy = 3.0,
  examples = {
    [[SONAR_TOKEN=sqp_a0b575ab4a0d93ae65d31d2e7b9e0dae8357c730]],
    [[mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=sqp_9d729df14fe116c52a7eb792da8e1638d21ca78e]],
  },
  negative_examples = {
    [[SONAR_TOKEN=sqp_9a8355fca9bd311f249fa879ef4e837b]],
    [[SONAR_TOKEN=sqp_<token>]],
    [[SONAR_TOKEN=sqp_0000000000000000000000000000000000000000]],
  },
}

return {
  id = "secrets.sonarqube-user-token",
  title = "SonarQube user token",
  severity = "high",
  tags = { "secrets", "sonarqube" },
  applies_to = { "*" },
  help = [[A SonarQube user token. It acts as the user on the Web API: browse source code and issues of every project the user can see, and administer what the user administers.

**Fix:** Revoke the token (My Account > Security, or Administration > Security > Users for admins) and use the CI's secret store for `SONAR_TOKEN`. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
  },
  pattern = [[\b(squ_[a-f0-9]{40})\b]],
  keywords = { "squ_" },
  entropy = 3.0,
  examples = {
    [[SONAR_TOKEN=squ_ec095b3aa1923f328b2c806646f2d521063151a5]],
    [[mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=squ_fb91ad0002537f87045ff64541b06d87c3facbc1]],
  },
  negative_examples = {
    [[SONAR_TOKEN=squ_b75e55668af7705d5310ed3ad42bad9a]],
    [[SONAR_TOKEN=squ_<token>]],
    [[SONAR_TOKEN=squ_0000000000000000000000000000000000000000]],
  },
}

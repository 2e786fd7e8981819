return {
  id = "secrets.maven-settings-server-password",
  title = "Password in a Maven settings.xml server entry",
  severity = "high",
  tags = { "secrets", "generic", "maven-settings" },
  applies_to = { "*" },
  help = [[The password (often a repository manager token or an account password) that Maven uses to authenticate to the repository or server whose `<id>` the entry names: Nexus, Artifactory, GitHub Packages, a deploy target. With it anyone can download private artifacts and, usually, deploy new versions of them, a supply-chain foothold.

**Fix:** Revoke the token or change the password on the repository manager, then keep the replacement out of the file: reference an environment variable (`<password>${env.MAVEN_REPO_PASSWORD}</password>`) set from the CI secret store, or at least encrypt it with `mvn --encrypt-password` and a master password kept outside the repository. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://maven.apache.org/settings.html#servers",
    "https://maven.apache.org/guides/mini/guide-encryption.html",
  },
  -- settings.xml reference: <servers><server><id/><username/><password/>... Up to six other elements may come between
  -- <server> and <password>. Not reported: encrypted values ({...}, see the Maven password encryption guide) and
  -- property references (${env.X}).
  pattern = [[<server>\s*(?:<[A-Za-z]+>[^<]*</[A-Za-z]+>\s*|<!--[^>]*-->\s*){0,6}<password>\s*([^<\s{$][^<\s]*)\s*</password>]],
  keywords = { "<server>" },
  entropy = 3.0,
  allow = {
    [[(?i)^(?:password|passwd|pass|secret|admin|token|none|null)$]],
  },
  examples = {
    [[<server>
  <id>nexus-releases</id>
  <username>deploy</username>
  <password>NyMOo*PMdY!df%4S_9Jq</password>
</server>]],
    [[<server><id>github</id><username>ci-bot</username><password>tfDbgW.9L8_s*ZlM57agsIOd</password></server>]],
  },
  negative_examples = {
    [[<server>
  <id>nexus</id>
  <username>deploy</username>
  <password>${env.NEXUS_PASSWORD}</password>
</server>]],
    [[<server>
  <id>nexus</id>
  <password>{COQLCE6DU6GtcS5P=}</password>
</server>]],
    [[<server>
  <id>nexus</id>
  <password>password</password>
</server>]],
  },
}

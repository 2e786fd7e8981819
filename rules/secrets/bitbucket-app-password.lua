return {
  id = "secrets.bitbucket-app-password",
  title = "Bitbucket app password",
  severity = "high",
  tags = { "secrets", "bitbucket", "atlassian" },
  applies_to = { "*" },
  help = [[A Bitbucket Cloud app password. With the username it authenticates Git over HTTPS and the REST API with the permissions chosen at creation (repositories, pull requests, pipelines, workspace administration).

**Fix:** Revoke it under Personal Bitbucket settings > App passwords and move automation to repository or workspace access tokens with narrow scopes. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
    "https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/",
  },
  pattern = [[\b(ATBB[A-Za-z0-9]{24,40})\b]],
  keywords = { "ATBB" },
  entropy = 3.5,
  examples = {
    [[BITBUCKET_APP_PASSWORD=ATBBFLe45QqbIIHbjZsinrcnNj5aE0AD96DD]],
    [[git clone https://ci-bot:ATBBkmkEozJ9hHTmObYJpFWxkh8v00E58A35@bitbucket.org/acme/platform.git]],
  },
  negative_examples = {
    [[BITBUCKET_APP_PASSWORD=ATBBTvuzXltICT5E0yR5]],
    [[BITBUCKET_APP_PASSWORD=ATBB<app-password>]],
    [[ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[BITBUCKET_APP_PASSWORD=ATBBYxOWfJMz6EeGRfAuLM98vBJF3DkejxD7MIXe7vUlvjzBF9Gin6]],
  },
}

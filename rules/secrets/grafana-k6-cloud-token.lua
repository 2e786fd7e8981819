return {
  id = "secrets.grafana-k6-cloud-token",
  title = "Grafana Cloud k6 API token",
  severity = "high",
  tags = { "secrets", "k6" },
  applies_to = { "*" },
  help = [[A Grafana Cloud k6 personal API token, the value of `K6_CLOUD_TOKEN` or `k6 cloud login --token`. It starts cloud load tests from Grafana's infrastructure against any target, consuming the account's virtual-user hours, and reads and changes the projects, test scripts and results the user can reach; it does not expire.

**Fix:** Regenerate the token in Grafana Cloud (*Testing & synthetics > Performance > Settings > Personal token*); use a Stack API token held in the CI secret store for pipelines. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://grafana.com/docs/grafana-cloud/testing/k6/author-run/tokens-and-cli-authentication/",
    "https://grafana.com/docs/grafana-cloud/testing/k6/reference/cloud-rest-api/",
  },
  pattern = [[(?:(?i:\bk6_?cloud_?(?:api_?)?token)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bk6[ \t]+(?:cloud[ \t]+)?login(?:[ \t]+cloud)?[ \t]+(?:-t|--token)[ \t=]+["']?)([a-f0-9]{32})\b]],
  keywords = { "k6_cloud", "k6cloud", "k6 cloud", "k6 login" },
  entropy = 3.0,
  examples = {
    [[K6_CLOUD_TOKEN=e53369688b81585c2e48af8abcbebcfb]],
    [[k6 cloud login --token 9463f3b590c5bb0c3f40fb60d60e7f2c]],
  },
  negative_examples = {
    [[K6_CLOUD_TOKEN=${{ secrets.K6_CLOUD_TOKEN }}]],
    [[k6 cloud login --token YOUR_TOKEN]],
    [[K6_CLOUD_PROJECT_ID=3612345]],
  },
}

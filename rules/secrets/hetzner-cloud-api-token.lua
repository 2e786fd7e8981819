return {
  id = "secrets.hetzner-cloud-api-token",
  title = "Hetzner Cloud API token",
  severity = "high",
  tags = { "secrets", "hetzner" },
  applies_to = { "*" },
  help = [[A Hetzner Cloud project API token. Read & Write tokens create, delete and access every server, volume, network, load balancer and snapshot of the project.

**Fix:** Delete the token in the Hetzner Cloud Console (project > Security > API tokens) and check the project's servers for changes. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.hetzner.com/cloud/api/getting-started/generating-api-token/",
    "https://docs.hetzner.cloud/",
  },
  pattern = [[(?i)(?:\b(?:hcloud|hetzner)[\w.\-]{0,20}(?:token|api[_\-]?key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)]],
  keywords = { "hcloud", "hetzner" },
  entropy = 4.0,
  examples = {
    [[HCLOUD_TOKEN=4Tcb5dBOrioifkx8PA6NT47X8JsnQH2qw2klyzEUC5tqw7G7dEARoDvKxBQLo6NK]],
    [[  hcloud_token = "PMZGMGXipYv4Q5goKJBK3zJmpHt6qXl7QbUkO8FFBokjlUwuvhT4m2aJtyc2BU1c"]],
  },
  negative_examples = {
    [[HCLOUD_TOKEN=${HCLOUD_TOKEN}]],
    [[hcloud_token = nSWMpX8lNXxqaBDcWLnLvTqtIxrsCQjzhXRYXjDm8EUmitjILw]],
    [[hetzner_token: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]],
  },
}

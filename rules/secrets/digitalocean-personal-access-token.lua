return {
  id = "secrets.digitalocean-personal-access-token",
  title = "DigitalOcean personal access token",
  severity = "critical",
  tags = { "secrets", "digitalocean" },
  applies_to = { "*" },
  help = [[A DigitalOcean personal access token. With write scope (the default for older tokens) it manages every resource of the team: Droplets, Kubernetes clusters, databases, Spaces keys, DNS, firewalls and billing-relevant actions.

**Fix:** Delete the token in the DigitalOcean control panel (API > Tokens, or Settings > Applications for OAuth grants) and audit the team's security history. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    "https://docs.digitalocean.com/reference/api/oauth/",
  },
  pattern = [[\b(dop_v1_[a-f0-9]{64})\b]],
  keywords = { "dop_v1_" },
  entropy = 3.0,
  examples = {
    [[export DIGITALOCEAN_TOKEN=dop_v1_3451bb826dc2c203a017a9dc2e0e9530de644122af2abaef729a44ed294af2b5]],
    [[  token = "dop_v1_e5f75faa5a03dfde16d3a8850b6c90c48ba7c69be93a1b4f7c7e0d21673f7c85"]],
  },
  negative_examples = {
    [[DIGITALOCEAN_TOKEN=dop_v1_1012dc63bf6586af94aaf24833e19802eb3e5af3]],
    [[DIGITALOCEAN_TOKEN=dop_v1_0000000000000000000000000000000000000000000000000000000000000000]],
    [[DIGITALOCEAN_TOKEN=dop_v1_<token>]],
  },
}

return {
  id = "secrets.digitalocean-oauth-token",
  title = "DigitalOcean OAuth token",
  severity = "high",
  tags = { "secrets", "digitalocean" },
  applies_to = { "*" },
  help = [[An OAuth access token issued by DigitalOcean to a third-party application on a user's behalf; it acts with the granted scopes until it expires.

**Fix:** Delete the token in the DigitalOcean control panel (API > Tokens, or Settings > Applications for OAuth grants) and audit the team's security history. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    "https://docs.digitalocean.com/reference/api/oauth/",
  },
  pattern = [[\b(doo_v1_[a-f0-9]{64})\b]],
  keywords = { "doo_v1_" },
  entropy = 3.0,
  examples = {
    [[export DIGITALOCEAN_TOKEN=doo_v1_b0a2d12732d762409e58a1fee565ef5ee8dbdb193c5158407db159289b1c9335]],
    [[  token = "doo_v1_c9c15d60a941c2c9c81f54081ac1d388ea41ad582f5e0a8719f94e587e0e0540"]],
  },
  negative_examples = {
    [[DIGITALOCEAN_TOKEN=doo_v1_79ef40c5858368f96d06ab66e9147c2cd596cc97]],
    [[DIGITALOCEAN_TOKEN=doo_v1_0000000000000000000000000000000000000000000000000000000000000000]],
    [[DIGITALOCEAN_TOKEN=doo_v1_<token>]],
  },
}

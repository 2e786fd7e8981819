return {
  id = "secrets.digitalocean-refresh-token",
  title = "DigitalOcean refresh token",
  severity = "high",
  tags = { "secrets", "digitalocean" },
  applies_to = { "*" },
  help = [[An OAuth refresh token issued by DigitalOcean; with the client credentials it mints new access tokens for the user's account.

**Fix:** Delete the token in the DigitalOcean control panel (API > Tokens, or Settings > Applications for OAuth grants) and audit the team's security history. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    "https://docs.digitalocean.com/reference/api/oauth/",
  },
  pattern = [[\b(dor_v1_[a-f0-9]{64})\b]],
  keywords = { "dor_v1_" },
  entropy = 3.0,
  examples = {
    [[export DIGITALOCEAN_TOKEN=dor_v1_3307580adaf1598175179e04384e2ab2757af77c903fec32c85d8610e19edbf1]],
    [[  token = "dor_v1_f89bca12c07d867530ffaf4819a14ce19451fcaeb65767516e32a9c23326f3a2"]],
  },
  negative_examples = {
    [[DIGITALOCEAN_TOKEN=dor_v1_d93bdafd74c4fc51355e0a5ff3283b0dca180c8a]],
    [[DIGITALOCEAN_TOKEN=dor_v1_0000000000000000000000000000000000000000000000000000000000000000]],
    [[DIGITALOCEAN_TOKEN=dor_v1_<token>]],
  },
}

return {
  id = "secrets.doppler-scim-token",
  title = "Doppler SCIM token",
  severity = "high",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A Doppler SCIM token: read/write access to the workplace's users and groups for identity-provider provisioning.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.scim\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.scim." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.scim.v5kufCkZzNs70IWo1nrdxByZIZ9Nu70KqUOLKI1TXHL]],
    [[  doppler_token: "dp.scim.Krk8VTIkl7XGJVnOF8D4i9oq9dE3w6Tdm6sK53ywqeb"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.scim.S72kbSznJw12CnCiFG0g]],
    [[DOPPLER_TOKEN=dp.scim.<token>]],
    [[DOPPLER_TOKEN=dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

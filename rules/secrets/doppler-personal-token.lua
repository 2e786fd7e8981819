return {
  id = "secrets.doppler-personal-token",
  title = "Doppler personal token",
  severity = "critical",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A Doppler personal token: read/write access to every project, config and secret of the user's workplace.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.pt\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.pt." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.pt.UbqYdJ7teM5uVHowJ7Y78uKJRjIt5zRlVT7zVMGSzke]],
    [[  doppler_token: "dp.pt.IAyLq4QHmFa4HKujhno5UNGy9dId07b3rLb4OzVtdtE"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.pt.lMyRPHGYkvZeGTRwNIeX]],
    [[DOPPLER_TOKEN=dp.pt.<token>]],
    [[DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.doppler-service-account-token",
  title = "Doppler service account token",
  severity = "high",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A token of a Doppler service account, with the granular workplace roles and project access of that account.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.sa\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.sa." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.sa.K8PyMP5irsG09CXEIaIX3Ta68IyKSYwZOktw9eYBRsu]],
    [[  doppler_token: "dp.sa.n0WzuW9gNvIrKnUlWvqJg83YNLbRW0O3va5VLA7cGiF"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.sa.Uj97QNzyEHnzRG3Tr56S]],
    [[DOPPLER_TOKEN=dp.sa.<token>]],
    [[DOPPLER_TOKEN=dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

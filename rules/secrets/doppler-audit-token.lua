return {
  id = "secrets.doppler-audit-token",
  title = "Doppler audit token",
  severity = "medium",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A Doppler audit API token: read-only access to the workplace's audit data (activity, users, access), not to secret values.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.audit\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.audit." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.audit.5kMMKI4ffRO5vsrcurhjfPXF5J9GCFAXnzlXJIwCxSy]],
    [[  doppler_token: "dp.audit.FTfMSTm1nWDNIVzw4Lg10EEePmSkcr8x40imIdFjjFa"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.audit.fQiryE27UTgaYKGK8t7P]],
    [[DOPPLER_TOKEN=dp.audit.<token>]],
    [[DOPPLER_TOKEN=dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

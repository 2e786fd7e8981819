return {
  id = "secrets.doppler-service-token",
  title = "Doppler service token",
  severity = "high",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A Doppler service token: read (or read/write) access to the secrets of one config.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.st\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.st." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.st.prd.PpovWy3FHNb8Q1wsk7Ye0qyXYVrfXqsu60PXAtakpcY]],
    [[  doppler_token: "dp.st.prd.nBm0lzPUBwVss3la8FsqYRgEJFc0SRWdp7IMJOh2EwM"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.st.5UaZw1EqnhMuXGrDGoLl]],
    [[DOPPLER_TOKEN=dp.st.<token>]],
    [[DOPPLER_TOKEN=dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

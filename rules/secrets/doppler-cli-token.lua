return {
  id = "secrets.doppler-cli-token",
  title = "Doppler CLI token",
  severity = "critical",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A Doppler CLI token created by `doppler login`: read/write access to everything the user can reach.

**Fix:** Revoke the token in the Doppler dashboard (Tokens page, or the config's Access tab for service tokens) and rotate the secrets it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/reference/api#authentication",
    "https://docs.doppler.com/docs/service-tokens",
  },
  pattern = [[\b(dp\.ct\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.ct." },
  entropy = 3.5,
  examples = {
    [[DOPPLER_TOKEN=dp.ct.FS4oyxyvJucpoZxoMp7uEH7Mm12kjAKbdhM44wmZhc3]],
    [[  doppler_token: "dp.ct.CdNH9IuJUpUnLv7JPIjtGkPlI5YYNu6bbhmK5XxSDUv"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.ct.bioHylKBzhQ5x5CcxkjM]],
    [[DOPPLER_TOKEN=dp.ct.<token>]],
    [[DOPPLER_TOKEN=dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.harness-api-token",
  title = "Harness API token",
  severity = "critical",
  tags = { "secrets", "harness" },
  applies_to = { "*" },
  help = [[A Harness API token: `pat.` for a token on a user's personal API key, `sat.` for a token on a service account's API key. Sent as `x-api-key`, it carries every permission of the user or service account across the Harness platform: pipelines, connectors, secrets, delegates and deployments to the environments they reach.

**Fix:** Delete or rotate the token in Harness (*profile > My API Keys* for `pat.` tokens, *Account Settings > Access Control > Service Accounts* for `sat.` tokens) and review the account's audit trail for its use. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys",
    "https://developer.harness.io/docs/platform/triggers/trigger-deployments-using-custom-triggers",
  },
  pattern = [[\b((?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20})\b]],
  keywords = { "pat.", "sat." },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[HARNESS_API_KEY=pat.yQGc_8l6Cto2qw6QBcl7yT.60c6546b51c7534f899eb860.q8Kf5SM3M0GwkWbSMsWT]],
    [[curl -H 'x-api-key: sat.I3Vo_fu15vCinLlgk8ZZZQ.cf24fb974e4b7c83f73d7700.XgPgtnihCDTIv5CZL9ut' https://app.harness.io/gateway/ng/api/user/currentUser]],
    [[  api_key: "pat.GAcDX7TFfcetbZhTpAKTDV.b48f7bdb60ad8a21da7ec76d.cr5gd1h34KXSlV7PLGew"]],
  },
  negative_examples = {
    [[curl -H 'x-api-key: pat.xxxx.yyyy.zzzz' https://app.harness.io/gateway/ng/api/version]],
    [[HARNESS_API_KEY=pat.A2r0vHHWY0s1kTyGyNtm5f.b82cf6428649173a47cca4d7]],
    [[HARNESS_API_KEY=${{ secrets.HARNESS_API_KEY }}]],
  },
}

return {
  id = "secrets.honeybadger-api-token",
  title = "Honeybadger API v3 token",
  severity = "high",
  tags = { "secrets", "honeybadger" },
  applies_to = { "*" },
  help = [[A Honeybadger API v3 token: a user token (`hbu_`) acts as its owner on every project the user can reach, an account token (`hba_`) acts as the account for automation, and an OAuth token (`hbo_`) acts as a user through an authorized app. Within its scopes it reads error data, request context and logs, and changes projects, check-ins, uptime checks and teams.

**Fix:** Revoke the token in Honeybadger (*User settings > API tokens* for `hbu_`, *Account settings > API tokens* for `hba_`, or remove the authorized app for `hbo_`) and create a replacement with the smallest scopes that work. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.honeybadger.io/api/v3/authentication/",
  },
  pattern = [[\b(hb[uao]_[A-Za-z0-9]{20,64})\b]],
  keywords = { "hbu_", "hba_", "hbo_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[HONEYBADGER_API_TOKEN=hbu_5DjKYiBNXioph7FzSg2uaeYnDFAVZTke]],
    [[curl https://app.honeybadger.io/v3/projects -H 'Authorization: Bearer hba_sACutZ48QhfNyH9OvUHcwccxoGlsFPNC']],
  },
  negative_examples = {
    [[HONEYBADGER_API_TOKEN=hbu_your_token]],
    [[HONEYBADGER_API_TOKEN=${HONEYBADGER_API_TOKEN}]],
    [[static void ufshcd_hba_vreg_set_lpm(struct ufs_hba *hba);]],
  },
}

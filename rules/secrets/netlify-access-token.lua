return {
  id = "secrets.netlify-access-token",
  title = "Netlify access token",
  severity = "high",
  tags = { "secrets", "netlify" },
  applies_to = { "*" },
  help = [[A Netlify authentication token: personal access token (`nfp_`), CLI token (`nfc_`), OAuth token (`nfo_`), app.netlify.com session token (`nfu_`) or build token (`nfb_`). User tokens act on every site and team of the user, including environment variables and deploys.

**Fix:** Delete the token (User settings > Applications > Personal access tokens, or revoke the OAuth application) and review the team's audit log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://answers.netlify.com/t/change-to-the-netlify-authentication-token-format/106146",
    "https://docs.netlify.com/api/get-started/#authentication",
  },
  pattern = [[\b(nf[pcoub]_[A-Za-z0-9_\-]{36})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "nfp_", "nfc_", "nfo_", "nfu_", "nfb_" },
  entropy = 3.5,
  examples = {
    [[NETLIFY_AUTH_TOKEN=nfp_37fFrFJsFrDMVt3Ade0EMPzqQQR3CNggcS13]],
    [[  token: "nfc_2mfEvbU4s9ZjkLK3ZXRQ67swcSdSPfc2zf7j"]],
    [[export NETLIFY_AUTH_TOKEN=nfo_s5TkU2otlHUIWt0ZF7uK7H9CxW8mhZi95JnQ]],
  },
  negative_examples = {
    [[NETLIFY_AUTH_TOKEN=nfp_zQUPB2TYer4Ouej4VLbf]],
    [[NETLIFY_AUTH_TOKEN=nfp_<token>]],
    [[nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

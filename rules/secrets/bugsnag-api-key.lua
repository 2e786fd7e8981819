return {
  id = "secrets.bugsnag-api-key",
  title = "Bugsnag project API key",
  severity = "medium",
  tags = { "secrets", "bugsnag" },
  applies_to = { "*" },
  help = [[A Bugsnag project notifier API key. It reports errors and sessions into the project and uploads source maps and symbol files.

**Fix:** Regenerate the project's notifier API key (*Project settings*); personal auth tokens are revoked in *My account*. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.bugsnag.com/product/getting-started/#project-api-key",
    "https://docs.bugsnag.com/api/error-reporting/",
  },
  pattern = [[(?i:(?:bugsnag)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-f0-9]{32})\b]],
  keywords = { "bugsnag" },
  entropy = 3.2,
  examples = {
    [[BUGSNAG_API_KEY=c17f24c4965b016b96ce24b9df119c6e]],
    [[  bugsnag_api_key: "b7af15b26cbfc6fb570e141f59424556"]],
  },
  negative_examples = {
    [[BUGSNAG_RELEASE_STAGE=production]],
    [[BUGSNAG_BUILD_MD5=91a80b210f1c93aad2c488ef7879c9b5]],
    [[BUGSNAG_API_KEY=e614cde2fcb91edf04f5d9cff7cef]],
  },
}

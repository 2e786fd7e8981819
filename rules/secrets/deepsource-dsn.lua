return {
  id = "secrets.deepsource-dsn",
  title = "DeepSource DSN",
  severity = "medium",
  tags = { "secrets", "deepsource" },
  applies_to = { "*" },
  help = [[A DeepSource DSN (`https://<secret>@app.deepsource.com`), the per-repository credential the DeepSource CLI uses to report artifacts such as test coverage. Anyone holding it can push fabricated coverage and analysis artifacts for that repository.

**Fix:** Regenerate the DSN in DeepSource (*repository > Settings > Reporting*) and update the CI secret `DEEPSOURCE_DSN`. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.deepsource.com/docs/developers/cli/usage",
  },
  pattern = [[\bhttps?://([0-9a-f]{32})@(?:app\.)?deepsource\.(?:io|com)\b]],
  keywords = { "deepsource" },
  entropy = 3.0,
  examples = {
    [[DEEPSOURCE_DSN=https://76ccf0b41107d66fec66b9c091c0a79b@app.deepsource.com]],
    [[export DEEPSOURCE_DSN=https://78fbd023ae65d5855dbfbce443e01655@deepsource.io]],
    [[  DEEPSOURCE_DSN: "https://fb57f356057bc8256102599ccab6cb0e@app.deepsource.com"]],
  },
  negative_examples = {
    [[export DEEPSOURCE_DSN=https://sampledsn@deepsource.io]],
    [[DEEPSOURCE_DSN=https://your-dsn@deepsource.io]],
    [[DEEPSOURCE_DSN=${{ secrets.DEEPSOURCE_DSN }}]],
  },
}

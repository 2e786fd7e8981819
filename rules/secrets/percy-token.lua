return {
  id = "secrets.percy-token",
  title = "Percy project token",
  severity = "medium",
  tags = { "secrets", "percy" },
  applies_to = { "*" },
  help = [[A Percy (BrowserStack) project token, usually set as `PERCY_TOKEN`. The write-only token lets its holder create builds and upload snapshots to the project, consuming the account's screenshot quota; a project's read-only or full-access token also reads builds and downloads snapshots of the application under test.

**Fix:** Regenerate the token in the Percy project settings, then update the CI secret that holds `PERCY_TOKEN`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.browserstack.com/docs/percy/api-reference/authentication",
    "https://www.browserstack.com/docs/percy/common-issue/common-errors/incorrect-project-type",
  },
  pattern = [[(?i:percy\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:web_|auto_|app_)?[a-f0-9]{64})\b]],
  keywords = { "percy" },
  entropy = 3.0,
  examples = {
    [[PERCY_TOKEN=web_99cdbb83d204f4296cf01452036d71d2e420303a6e2f7dc070b02b1a13f72317]],
    [[  percy_token: "app_ef469ddf2d406944eee379d9b4dd030a430d096d8931d0f6148f3a8265fae26c"]],
  },
  negative_examples = {
    [[PERCY_TOKEN=web_<token_sha>]],
    [[PERCY_TOKEN=${{ secrets.PERCY_TOKEN }}]],
    [[PERCY_TOKEN=auto_b8bd176f3b05b93c4cbb7e3f08eaa7cb0036fc1c]],
  },
}

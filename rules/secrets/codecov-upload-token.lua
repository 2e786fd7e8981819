return {
  id = "secrets.codecov-upload-token",
  title = "Codecov upload token",
  severity = "medium",
  tags = { "secrets", "codecov" },
  applies_to = { "*" },
  help = [[A Codecov repository or global upload token. It uploads coverage reports for the repository (or every repository of the organization for a global token).

**Fix:** Regenerate the token in the repository's Codecov settings (or the organization's global token) and store it as a CI secret. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.codecov.com/docs/codecov-tokens",
    "https://docs.codecov.com/docs/adding-the-codecov-token",
  },
  pattern = [[(?i)(?:\bcodecov[\w.\-]{0,20}token)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "codecov" },
  entropy = 3.0,
  examples = {
    [[CODECOV_TOKEN=daa9ac5d-73f2-4dec-a9d4-1ee1129834f8]],
    [[  codecov_token: "1e1f9fd2-3426-4a98-9932-3fbf044ec820"]],
  },
  negative_examples = {
    [[CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}]],
    [[codecov_repo_id: 06a893b6-a2e7-42f5-8747-70569c3861db]],
  },
}

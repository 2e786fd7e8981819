return {
  id = "secrets.buildkite-agent-job-token",
  title = "Buildkite agent job token",
  severity = "medium",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite agent job token (`bkaj_` followed by a signed JWT), the `BUILDKITE_AGENT_ACCESS_TOKEN` given to one job. While the job runs it lets the holder act as that job's agent: upload pipeline steps, set meta-data, upload and download artifacts and annotate the build.

**Fix:** Cancel the job if it is still running (the token stops working when the job finishes), remove the value from wherever it was written (build output, artifacts, committed files), and keep agent tokens out of logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/platform/security/tokens",
    "https://buildkite.com/changelog/220-agent-job-tokens",
  },
  pattern = [[\b(bkaj_eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "bkaj_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_eyJhbGciOiAiSFM1MTIifQ.eyJzdWIiOiAiNmMzZjViZGJmNDJlYjZmNTA2ZGM2NjRjIiwgImlzcyI6ICJidWlsZGtpdGUiLCAiZXhwIjogMTc0NzEwNDkzOX0.ZXcSmUvs1_ClLMqvVKdewq1Ehc2-JE9Nk6eXBXMHpa2Km3-Gb-qHlZSEcq38Fwe66-AeX4f6tdbSqKnPaerQR3]],
    [[  agent_token: "bkaj_eyJhbGciOiAiSFM1MTIifQ.eyJzdWIiOiAiYzFjZGY5MzA0MmNjNWJlNDdmZmM0NTQ5IiwgImlzcyI6ICJidWlsZGtpdGUiLCAiZXhwIjogMTc0NzEwNDk0MH0.GSsE21q9W0qCCcYWhRKUkkcmCPsZB0Ht_SmkmMnqKXdP6_DpdWUJrX5BaFRzLqyZ9n20bfwHh0DaM7l3x6j-ia"]],
  },
  negative_examples = {
    [[BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_BVzhXeJ88KM5Fa2kzEE2pcFXWrBkFoWVbQcUnPj8]],
    [[BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_eyJ...]],
    [[BUILDKITE_AGENT_ACCESS_TOKEN=${BUILDKITE_AGENT_ACCESS_TOKEN}]],
  },
}

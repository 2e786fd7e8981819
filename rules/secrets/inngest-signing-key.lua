return {
  id = "secrets.inngest-signing-key",
  title = "Inngest signing key",
  severity = "high",
  tags = { "secrets", "inngest" },
  applies_to = { "*" },
  help = [=[An Inngest signing key (`signkey-prod-`, `signkey-test-` or `signkey-branch-` followed by 64 hexadecimal digits). It is the pre-shared secret of one Inngest environment: it authenticates the SDK to the Inngest API (syncing apps, reading runs, sending and cancelling work) and signs the requests Inngest sends to the application's serve endpoint, so whoever holds it can forge calls into every function of that environment.

**Fix:** Create a new signing key in the Inngest dashboard (*environment > Signing keys*), deploy it as `INNGEST_SIGNING_KEY` with the old one as `INNGEST_SIGNING_KEY_FALLBACK`, then rotate to retire the leaked key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.inngest.com/docs/platform/signing-keys",
    "https://api-docs.inngest.com/authentication",
    "https://www.inngest.com/docs/platform/manage/rotating-keys",
  },
  pattern = [=[\b(signkey-(?:prod|test|branch)-[0-9a-f]{64})\b]=],
  keywords = { "signkey-" },
  entropy = 3.0,
  examples = {
    [=[INNGEST_SIGNING_KEY=signkey-prod-814056d9917f2c260f22690f5e3c07139f3ba898bcf5a2825e10eabe6af009a1]=],
    [=[curl -H 'Authorization: Bearer signkey-branch-c160b747bfca7b1f5252f992de49091aed1ef0a62d999fe323612afbd8c41892' https://api.inngest.com/v1/events]=],
  },
  negative_examples = {
    [=[INNGEST_SIGNING_KEY=signkey-prod-814056d9917f2c260f22690f5e3c0713]=],
    [=[INNGEST_SIGNING_KEY=signkey-test-12345678]=],
    [=[INNGEST_SIGNING_KEY=${INNGEST_SIGNING_KEY}]=],
  },
}

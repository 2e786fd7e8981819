return {
  id = "secrets.buildkite-portal-token",
  title = "Buildkite portal token or secret",
  severity = "medium",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite portal credential: a portal token (`bkpat_`), which runs the portal's predefined GraphQL operation against the organization, or a portal secret (`bkps_`), which mints ephemeral portal tokens. What it exposes depends on the portal's query, typically build, pipeline or agent data, or a mutation such as triggering a build.

**Fix:** Revoke the token or regenerate the secret on the portal's *Security* page in Buildkite, and review what the portal's operation allows. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/platform/security/tokens",
    "https://github.com/buildkite/agent/blob/main/internal/redact/redact.go",
    "https://buildkite.com/docs/apis/graphql/portals",
  },
  pattern = [[\b((?:bkpat|bkps)_[A-Za-z0-9_.\-]{38,200})(?:[^A-Za-z0-9_.\-]|$)]],
  keywords = { "bkpat_", "bkps_" },
  entropy = 3.5,
  examples = {
    [[BUILDKITE_PORTAL_TOKEN=bkpat_X6q4pkq_caba209c43e93fa8afd791c0e706601f3ebeac29]],
    [[curl -H 'Authorization: Bearer bkpat_Ta7cDW4_d381e90c17fdf52281aead7727215b856cef6af3' https://portal.buildkite.com/acme/deploy-status]],
    [[  portal_secret: "bkps__5UgrtcC6PLQJkSHMHizBo_D7jE1piVskGq9xQdbpPBsFFbHqsOmKWQkIL8Q6t4A"]],
  },
  negative_examples = {
    [[BUILDKITE_PORTAL_TOKEN=bkpat_...]],
    [[BUILDKITE_PORTAL_TOKEN=${BUILDKITE_PORTAL_TOKEN}]],
    [[BUILDKITE_PORTAL_SECRET=bkps_OZfjdQ6rvAG2s4hC]],
  },
}

return {
  id = "secrets.gitlab-feature-flags-client-token",
  title = "GitLab feature flags client token",
  severity = "low",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The instance ID of a project's GitLab feature flags (Unleash-compatible) endpoint. It lets a client read the project's feature flag definitions and strategies, nothing more.

**Fix:** Reset the instance ID (Deploy > Feature flags > Configure > Reset) and update the applications that poll it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
    "https://docs.gitlab.com/operations/feature_flags/#get-access-credentials",
  },
  pattern = [[\b(glffct-[A-Za-z0-9_\-]{20})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glffct-" },
  entropy = 3.5,
  examples = {
    [[UNLEASH_INSTANCE_ID=glffct-vdQeYJWtLZ11z67q-qST]],
    [[  instanceId: "glffct-QMNZuTdS6XPPUkbQ0yVY"]],
  },
  negative_examples = {
    [[UNLEASH_INSTANCE_ID=glffct-<instance-id>]],
    [[UNLEASH_INSTANCE_ID=glffct-sW8j-bC-oLQb]],
    [[UNLEASH_INSTANCE_ID=glffct-xxxxxxxxxxxxxxxxxxxx]],
  },
}

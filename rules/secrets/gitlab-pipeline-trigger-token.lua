return {
  id = "secrets.gitlab-pipeline-trigger-token",
  title = "GitLab pipeline trigger token",
  severity = "medium",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A pipeline trigger token. It starts pipelines on any branch or tag of the project, as the token's owner, and can pass variables to them.

**Fix:** Revoke the trigger (Settings > CI/CD > Pipeline trigger tokens) and create a new one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
    "https://docs.gitlab.com/ci/triggers/",
  },
  pattern = [[\b(glptt-[a-f0-9]{40})\b]],
  keywords = { "glptt-" },
  entropy = 3.0,
  examples = {
    [[curl -X POST --fail -F token=glptt-f3eaa39e87566452ba5b68a2fee6328ac820f9cd -F ref=main https://gitlab.example.org/api/v4/projects/42/trigger/pipeline]],
    [[TRIGGER_TOKEN=glptt-3b4b0b75a438992ff576dfe65221c7a2043ed2bf]],
  },
  negative_examples = {
    [[TRIGGER_TOKEN=glptt-107141ae94f8b9f0b5c277dbabc3b4]],
    [[TRIGGER_TOKEN=glptt-<token>]],
    [[TRIGGER_TOKEN=glptt-0000000000000000000000000000000000000000]],
  },
}

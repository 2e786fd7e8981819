return {
  id = "secrets.gitlab-cicd-job-token",
  title = "GitLab CI/CD job token",
  severity = "low",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The `CI_JOB_TOKEN` of a running GitLab CI/CD job. Until the job finishes it reads the project's (and allow-listed projects') repositories, packages, registry images and job artifacts and calls a subset of the API as the user who started the pipeline. A committed one usually comes from a copied job log or a debug dump.

**Fix:** The token dies when its job ends; if the job is still running, cancel it. Find how the value reached the file (log, artifact, `env` dump) and stop printing it; limit job-token access with the project's job token allowlist. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
    "https://docs.gitlab.com/ci/jobs/ci_job_token/",
  },
  pattern = [[\b(glcbt-(?:[0-9a-f]{1,5}_[A-Za-z0-9_\-]{20}|eyJ[A-Za-z0-9_\-]{20,}\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}))(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glcbt-" },
  entropy = 3.0,
  examples = {
    [[CI_JOB_TOKEN=glcbt-1f_1pFBLO0TbTR62VYO4OPQ]],
    [[curl --header "JOB-TOKEN: glcbt-1f_VKJOVx6uL_2pbP2qrX4w" https://gitlab.example.org/api/v4/projects/42/packages/generic/app/1.0/app.tgz]],
  },
  negative_examples = {
    [[CI_JOB_TOKEN=glcbt-<token>]],
    [[curl --header "JOB-TOKEN: $CI_JOB_TOKEN" https://gitlab.example.org/api/v4/jobs]],
    [[CI_JOB_TOKEN=glcbt-64_xxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.gitlab-pat",
  title = "GitLab personal, project or group access token",
  severity = "critical",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A GitLab personal access token; project and group access tokens and impersonation tokens share the prefix. It acts as the (bot) user on the API, Git over HTTPS and the registries with the chosen scopes (`api`, `write_repository`…).

**Fix:** Revoke it (User settings > Access tokens, or the project/group's Access tokens page; administrators can use the token revocation API) and review the audit events. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glpat\-[A-Za-z0-9_\-]{20}(?:[A-Za-z0-9_\-]{7,80}\.[0-9a-z]{2}\.[0-9a-z]{7,10})?)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glpat-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glpat-2z-PDhWbd-0exSPECFoL]],
    [[  token: "glpat-RVEkUK0IkWggNR_spyd-"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glpat-T2BZeKTsJjIWmk]],
    [[GITLAB_TOKEN=glpat-<token>]],
    [[GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx]],
  },
}

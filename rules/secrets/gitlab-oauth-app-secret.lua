return {
  id = "secrets.gitlab-oauth-app-secret",
  title = "GitLab OAuth application secret",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The client secret of an OAuth application registered on GitLab. With the application ID it impersonates the application in OAuth flows and exchanges authorization codes and refresh tokens.

**Fix:** Renew the secret in the application's settings (User/Group/Admin > Applications > the app > Renew secret). Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(gloas\-[A-Za-z0-9_\-]{64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "gloas-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=gloas-ch9xEZ0Q5I957Qnvq2FIvu3uGKtDXKEhhvJKo89joT7FkU_XZ885mrgTZg4dZfrK]],
    [[  token: "gloas-dD7Qkc2BelqAnBnKbi46HLw2BIDBZuIkWzUpi8RtotMHxzKGRb2zvGrsEVoBJluv"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=gloas-AjaOLgZUH8nEh9Y7-EIXHrGQI-jlKc9Yios_eX8KMI56QBsUic_Skamm1B]],
    [[GITLAB_TOKEN=gloas-<token>]],
    [[GITLAB_TOKEN=gloas-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

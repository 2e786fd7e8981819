return {
  id = "secrets.gitlab-scim-token",
  title = "GitLab SCIM token",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[A group SCIM token used by an identity provider to provision and deprovision users in a GitLab.com group.

**Fix:** Reset the SCIM token under the group's Settings > SAML SSO. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/security/tokens/",
  },
  pattern = [[\b(glsoat\-[A-Za-z0-9_\-]{20})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "glsoat-" },
  entropy = 3.5,
  examples = {
    [[export GITLAB_TOKEN=glsoat-5Yk6XbePnGr-vZCeYdIr]],
    [[  token: "glsoat-OWzVnBoOQ89xDZeCxF4d"]],
  },
  negative_examples = {
    [[GITLAB_TOKEN=glsoat-Vo7_kyXSANRubM]],
    [[GITLAB_TOKEN=glsoat-<token>]],
    [[GITLAB_TOKEN=glsoat-xxxxxxxxxxxxxxxxxxxx]],
  },
}

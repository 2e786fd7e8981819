return {
  id = "secrets.gitlab-session-cookie",
  title = "GitLab session cookie",
  severity = "high",
  tags = { "secrets", "gitlab" },
  applies_to = { "*" },
  help = [[The value of a `_gitlab_session` cookie, which authenticates a signed-in browser session on a GitLab instance. Replayed in a request it acts as that user in the web UI, with every permission of the user, until the session expires or is signed out.

**Fix:** Revoke the session (*User Settings > Active sessions > Revoke*, or sign out everywhere), review the user's recent activity, and do not store browser cookies in files or test fixtures. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.gitlab.com/security/tokens/#token-prefixes",
    "https://docs.gitlab.com/user/profile/active_sessions/",
  },
  pattern = [[(?:^|[^A-Za-z0-9_])_gitlab_session=(?:[A-Za-z0-9_]{1,30}-)?([a-f0-9]{32})\b]],
  keywords = { "_gitlab_session=" },
  entropy = 3.0,
  examples = {
    [[GITLAB_COOKIE=_gitlab_session=d92e066a44e810505a79a4157b0a44a6]],
    [[Cookie: known_sign_in=abc; _gitlab_session=cell2-7c63bb8ff70e41a32d0792050ffbc090]],
  },
  negative_examples = {
    [[GITLAB_COOKIE=_gitlab_session=<session-id>]],
    [[GITLAB_COOKIE=_gitlab_session=3d20f1f08ad38d1b11dc]],
    [[GITLAB_COOKIE=_gitlab_session=${GITLAB_SESSION}]],
  },
}

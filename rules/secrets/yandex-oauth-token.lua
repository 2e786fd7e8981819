return {
  id = "secrets.yandex-oauth-token",
  title = "Yandex OAuth token",
  severity = "critical",
  tags = { "secrets", "yandex" },
  applies_to = { "*" },
  help = [[A Yandex OAuth token of a Yandex account. It is valid for a year and is exchanged for IAM tokens that carry every Yandex Cloud role of the user, across all clouds and folders the user can reach.

**Fix:** Revoke the token in the Yandex ID account settings (end the sessions or withdraw the application's access), review Audit Trails, and use service accounts with short-lived IAM tokens for automation. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token",
  },
  pattern = [[(?:^|[^A-Za-z0-9_\-+/])(y[0-3]_[A-Za-z0-9_\-]{50,100})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "y0_", "y1_", "y2_", "y3_" },
  entropy = 4.2,
  allow = { [[(?:_[a-z]{2,}){3}]] },
  examples = {
    [[YC_OAUTH_TOKEN=y0_mMUf1v8YomDeM16XEzhoCnRk7sX1U0ZsLp4HJLsvmIEGCBQYALF11oR]],
    [[  token: "y3_2Yma7VIcdFiAweMGLA8NtMNEQb3p-aodgrZw8AU9OkHij1IBarux8yf"]],
  },
  negative_examples = {
    [[YC_OAUTH_TOKEN=y0_c7ncyIxX7Xu5Jlf0sRQvWjhWD7GkJb]],
    [[initial_offset = y0_initial_position_of_the_object_in_the_buffer_a]],
    [[YC_OAUTH_TOKEN=${YC_OAUTH_TOKEN}]],
  },
}

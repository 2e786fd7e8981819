return {
  id = "secrets.github-fine-grained-pat",
  title = "GitHub fine-grained personal access token",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A fine-grained personal access token. It acts as the user on the repositories of one resource owner that were selected at creation, with per-permission access (contents, workflows, secrets, administration…), and always has an expiry.

**Fix:** Revoke it at once: GitHub > Settings > Developer settings (personal tokens), Settings > Applications (OAuth / GitHub App authorizations), or the credential-revocation REST endpoint; then review the organization and repository audit logs for its use. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens",
  },
  pattern = [[\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b]],
  keywords = { "github_pat_" },
  entropy = 3.5,
  examples = {
    [[export GH_TOKEN=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]],
    [[  github_token = "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"]],
  },
  negative_examples = {
    [[GH_TOKEN=github_pat_1yt5CAoUxcut44LSlR86WG_vTiwvu9KwV9tuU17ZanDw1oK3Xx9cQ4MH5ozkpd2]],
    [[GH_TOKEN=github_pat_<your-token>]],
    [[GH_TOKEN=github_pat_Hlscurf98rbT5vKttl87sX]],
  },
}

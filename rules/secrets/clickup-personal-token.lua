return {
  id = "secrets.clickup-personal-token",
  title = "ClickUp personal API token",
  severity = "high",
  tags = { "secrets", "clickup" },
  applies_to = { "*" },
  help = [[A ClickUp personal API token. It never expires and acts as the user who generated it on every Workspace that user belongs to: reading and editing tasks, docs, comments, time entries and members through the ClickUp API.

**Fix:** Regenerate the token in ClickUp (*Settings > Apps > API Token > Regenerate*), which invalidates the old one. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.clickup.com/docs/authentication",
  },
  pattern = [[\b(pk_[0-9]{4,12}_[A-Z0-9]{32})\b]],
  keywords = { "pk_" },
  keywords_exact = true,
  entropy = 3.3,
  examples = {
    [[CLICKUP_API_TOKEN=pk_07921464_0LN70GFL945TZ0WY3JSYMX725H5H14RL]],
    [[  clickup_token: "pk_812177_IJ899ZL7PTIYP46KFAWD0HGAXNCD8WII"]],
    [[curl -H 'Authorization: pk_661720622_ZUQ9EGF16S4CCF53D3OTVG21CR8VKBQD' https://api.clickup.com/api/v2/user]],
  },
  negative_examples = {
    [[CLICKUP_API_TOKEN=pk_94630403_OYW795VRPL34ZYO6TW1O]],
    [[STRIPE_PUBLISHABLE_KEY=pk_live_vhLnqo9C8SNxjeCtNvjJJbUf]],
    [[CLICKUP_API_TOKEN=pk_44473920_yquikzkow1xyzpumxxpkfjpsahjud64p]],
  },
}

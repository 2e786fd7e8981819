return {
  id = "secrets.brex-user-token",
  title = "Brex user token",
  severity = "critical",
  tags = { "secrets", "brex" },
  applies_to = { "*" },
  help = [[A Brex API user token (`bxt_…`), created by an account or card admin in the Brex dashboard. It carries the scopes chosen at creation across the Team, Transactions, Expenses, Budgets and Payments APIs: reading card and cash transactions, managing users and cards, setting spend limits and, with payment scopes, sending money.

**Fix:** Revoke the token in the Brex dashboard (*Developer > Settings*), create a new one with only the scopes the integration needs, and review recent card and payment activity. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.brex.com/docs/authentication",
    "https://developer.brex.com/docs/roles_permissions_scopes",
  },
  pattern = [[\b(bxt_[A-Za-z0-9]{32,48})\b]],
  keywords = { "bxt_" },
  entropy = 3.5,
  allow = { [[(?i)(?:^bxt_jBWQLZXtu1f4sVT6UjaWPp7Gh9nVGjzEZgRX$)]] },
  examples = {
    [[BREX_API_TOKEN=bxt_bxMWP5TwkVQNZFHpgCPvM8QZqPVud82jQgqo]],
    [[curl -H 'Authorization: Bearer bxt_rQ5ajNgEU1yjKxJbVZHl0KcR583Anz0rHvP6' https://platform.brexapis.com/v2/users/me]],
  },
  negative_examples = {
    [[BREX_API_TOKEN=bxt_jBWQLZXtu1f4sVT6UjaWPp7Gh9nVGjzEZgRX]],
    [[BREX_API_TOKEN=bxt_bxMWP5TwkVQNZFHpgCPv]],
    [[BREX_API_TOKEN=${{ secrets.BREX_API_TOKEN }}]],
  },
}

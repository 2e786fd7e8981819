return {
  id = "secrets.polar-organization-access-token",
  title = "Polar organization access token",
  severity = "critical",
  tags = { "secrets", "polar" },
  applies_to = { "*" },
  help = [=[A Polar organization access token (`polar_oat_…`). It calls the Polar API for one organization with the scopes chosen at creation: products and prices, checkouts, orders, subscriptions, customers, benefits, refunds and webhooks.

**Fix:** Revoke the token in the organization's settings (*Settings > Developers*) in the Polar dashboard, create a replacement with only the scopes needed, and check orders, refunds and webhook endpoints changed since the exposure. Polar is a GitHub secret scanning partner, so a token pushed to a public GitHub repository may already have been revoked. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.polar.sh/api-reference/introduction",
    "https://polar.sh/docs/integrate/oat",
    "https://github.com/polarsource/polar/blob/main/server/polar/kit/crypto.py",
  },
  pattern = [=[\b(polar_oat_[A-Za-z0-9]{43})\b]=],
  keywords = { "polar_oat_" },
  entropy = 3.5,
  examples = {
    [=[POLAR_ACCESS_TOKEN=polar_oat_ItFRSr95BV9Qa22TNVZtjhmHVzTK2Cp77aadw020W70]=],
    [=[polar = Polar(access_token="polar_oat_JcWt2dW5cLtPF5agibTAcONFbiSeziUrsC3Uc4WQ9kP")]=],
  },
  negative_examples = {
    [=[Authorization: Bearer polar_oat_xxxxxxxxxxxxxxxxx]=],
    [=[POLAR_ACCESS_TOKEN=polar_oat_ItFRSr95BV9Qa22TNVZtjhmHVzTK2Cp77aadw]=],
    [=[polar_oat_YOUR_TOKEN_HERE]=],
  },
}

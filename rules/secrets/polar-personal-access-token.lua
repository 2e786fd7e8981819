return {
  id = "secrets.polar-personal-access-token",
  title = "Polar personal access token",
  severity = "critical",
  tags = { "secrets", "polar" },
  applies_to = { "*" },
  help = [=[A Polar personal access token (`polar_pat_…`). It calls the Polar API as the user who created it, with access to all the resources of that user's account. Polar no longer issues new personal access tokens (organization access tokens replace them) but still accepts existing ones.

**Fix:** Revoke the token in the Polar dashboard's account settings, prefer an organization access token with narrow scopes for integrations, and check the organizations' orders, refunds and webhook endpoints for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.polar.sh/api/authentication",
    "https://github.com/polarsource/polar/blob/main/server/polar/personal_access_token/service.py",
    "https://github.com/polarsource/polar/blob/main/server/polar/kit/crypto.py",
  },
  pattern = [=[\b(polar_pat_[A-Za-z0-9]{43})\b]=],
  keywords = { "polar_pat_" },
  entropy = 3.5,
  examples = {
    [=[POLAR_TOKEN=polar_pat_PUOo0mt3LNIISdZkbYHd4qGFCOOwMBkVeWwV14NdQyZ]=],
    [=[curl -H "Authorization: Bearer polar_pat_DR6Dk8oDlxGQexdKlVM3eskNB8qhtCl1cQ9Dt0lNNBw" https://api.polar.sh/v1/customers]=],
  },
  negative_examples = {
    [=[curl -H "Authorization: Bearer polar_pat_YOUR_TOKEN_HERE" https://api.polar.sh/v1/customers]=],
    [=[POLAR_TOKEN=polar_pat_PUOo0mt3LNIISdZkbYHd4qGFCOOwMB]=],
    [=[POLAR_TOKEN=polar_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
  },
}

return {
  id = "secrets.vercel-integration-token",
  title = "Vercel integration token",
  severity = "high",
  tags = { "secrets", "vercel" },
  applies_to = { "*" },
  help = [[A Vercel integration token (`vci_`), issued to an installed integration. It calls the Vercel REST API with the permissions the integration was granted on the team or projects, such as reading deployments or managing environment variables.

**Fix:** Revoke the integration's access in the Vercel dashboard (or uninstall and reinstall the integration) so that the token is invalidated, and review what it did. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://vercel.com/changelog/new-token-formats-and-secret-scanning",
    "https://vercel.com/docs/accounts/access-tokens",
  },
  pattern = [[\b(vci_[A-Za-z0-9]{40,80})\b]],
  keywords = { "vci_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[VERCEL_INTEGRATION_TOKEN=vci_yRrazAn7N0yQqZ4QTa4YpvAsRvy33vYX4UuH5F5ifhslP4wSWgGUQVhc]],
    [[  token: "vci_qOYTVpWGYh9tys9LYnDvocAGx2gzWlqCSpHE4iDRHt2yCkNuKhcTFkGF"]],
  },
  negative_examples = {
    [[VERCEL_INTEGRATION_TOKEN=vci_LzhWCw1mRvXLTQObm0rGASFw]],
    [[VERCEL_INTEGRATION_TOKEN=vci_your_vercel_api_token_here]],
    [[VERCEL_INTEGRATION_TOKEN=${{ secrets.VERCEL_INTEGRATION_TOKEN }}]],
  },
}

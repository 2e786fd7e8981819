return {
  id = "secrets.apify-api-token",
  title = "Apify API token",
  severity = "high",
  tags = { "secrets", "apify" },
  applies_to = { "*" },
  help = [[An Apify API token (`apify_api_…`). Unless it was created with limited permissions, it has full access to the account through the API: running and editing Actors, reading datasets, key-value stores and request queues, using the account's proxy and spending its platform credit.

**Fix:** Delete or regenerate the token in Apify Console (*Settings > API & Integrations*); for integrations, create a scoped token limited to the resources they need. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.apify.com/platform/integrations/api",
    "https://blog.apify.com/scoped-api-tokens/",
  },
  pattern = [[\b(apify_api_[A-Za-z0-9]{30,40})\b]],
  keywords = { "apify_api_" },
  entropy = 4.0,
  examples = {
    [[APIFY_TOKEN=apify_api_uPPulAbQTKkon23n8Kla1Lf5ne8hEeQpXhkJ]],
    [[client = ApifyClient('apify_api_ovye8jPFRgy9UUaXDn4g4QjyytmAjhzzcPrr')]],
  },
  negative_examples = {
    [[APIFY_TOKEN=apify_api_YOUR_TOKEN_HERE]],
    [[APIFY_TOKEN=apify_api_2Ro0ED3V3e5hh]],
    [[APIFY_TOKEN=${{ secrets.APIFY_TOKEN }}]],
  },
}

return {
  id = "secrets.shopify-access-token",
  title = "Shopify Admin API access token",
  severity = "high",
  tags = { "secrets", "shopify" },
  applies_to = { "*" },
  help = [[An Admin API access token of a Shopify custom app (`shpat_`). It calls the Admin API on one store with the app's scopes: orders, customers, products, themes.

**Fix:** Uninstall/reinstall the app or rotate its credentials in the Shopify admin (*Settings > Apps and sales channels > Develop apps*) or the Partner Dashboard; review the store's staff and order logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    "https://shopify.dev/docs/apps/build/authentication-authorization",
  },
  pattern = [[\b(shpat_[a-fA-F0-9]{32})\b]],
  keywords = { "shpat_" },
  entropy = 3.0,
  examples = {
    [[SHOPIFY_TOKEN=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]],
    [[  shopify_secret: "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"]],
  },
  negative_examples = {
    [[SHOPIFY_TOKEN=shpat_eed2474f3cd222aa4a0ae4e0d41a5]],
    [[SHOPIFY_TOKEN=shpat_<token>]],
  },
}

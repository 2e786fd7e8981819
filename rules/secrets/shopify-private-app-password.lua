return {
  id = "secrets.shopify-private-app-password",
  title = "Shopify private app password",
  severity = "high",
  tags = { "secrets", "shopify" },
  applies_to = { "*" },
  help = [[The password (access token) of a legacy Shopify private app (`shppa_`). It calls the Admin API with the private app's permissions.

**Fix:** Uninstall/reinstall the app or rotate its credentials in the Shopify admin (*Settings > Apps and sales channels > Develop apps*) or the Partner Dashboard; review the store's staff and order logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    "https://shopify.dev/docs/apps/build/authentication-authorization",
  },
  pattern = [[\b(shppa_[a-fA-F0-9]{32})\b]],
  keywords = { "shppa_" },
  entropy = 3.0,
  examples = {
    [[SHOPIFY_TOKEN=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]],
    [[  shopify_secret: "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"]],
  },
  negative_examples = {
    [[SHOPIFY_TOKEN=shppa_27aff2314193a13f8db12c0f8a293]],
    [[SHOPIFY_TOKEN=shppa_<token>]],
  },
}

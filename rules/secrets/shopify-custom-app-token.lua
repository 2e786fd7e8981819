return {
  id = "secrets.shopify-custom-app-token",
  title = "Shopify custom app access token",
  severity = "high",
  tags = { "secrets", "shopify" },
  applies_to = { "*" },
  help = [[An access token issued to a Shopify custom app created in the Partner Dashboard (`shpca_`). It calls the Admin API of the store it was installed on.

**Fix:** Uninstall/reinstall the app or rotate its credentials in the Shopify admin (*Settings > Apps and sales channels > Develop apps*) or the Partner Dashboard; review the store's staff and order logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    "https://shopify.dev/docs/apps/build/authentication-authorization",
  },
  pattern = [[\b(shpca_[a-fA-F0-9]{32})\b]],
  keywords = { "shpca_" },
  entropy = 3.0,
  examples = {
    [[SHOPIFY_TOKEN=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]],
    [[  shopify_secret: "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"]],
  },
  negative_examples = {
    [[SHOPIFY_TOKEN=shpca_ee071aec2c0481197f0e9defec1c5]],
    [[SHOPIFY_TOKEN=shpca_<token>]],
  },
}

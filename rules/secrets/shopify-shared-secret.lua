return {
  id = "secrets.shopify-shared-secret",
  title = "Shopify app shared secret",
  severity = "high",
  tags = { "secrets", "shopify" },
  applies_to = { "*" },
  help = [[The API secret key (shared secret) of a Shopify app (`shpss_`). It signs and verifies OAuth exchanges and webhook HMACs, so its holder can forge webhooks to the app and complete OAuth as the app.

**Fix:** Uninstall/reinstall the app or rotate its credentials in the Shopify admin (*Settings > Apps and sales channels > Develop apps*) or the Partner Dashboard; review the store's staff and order logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    "https://shopify.dev/docs/apps/build/authentication-authorization",
  },
  pattern = [[\b(shpss_[a-fA-F0-9]{32})\b]],
  keywords = { "shpss_" },
  entropy = 3.0,
  examples = {
    [[SHOPIFY_TOKEN=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]],
    [[  shopify_secret: "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"]],
  },
  negative_examples = {
    [[SHOPIFY_TOKEN=shpss_7e9b0ee2ad39e768fdc8c4c5ac544]],
    [[SHOPIFY_TOKEN=shpss_<token>]],
  },
}

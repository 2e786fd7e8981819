return {
  id = "secrets.woocommerce-consumer-secret",
  title = "WooCommerce REST API consumer secret",
  severity = "high",
  tags = { "secrets", "woocommerce" },
  applies_to = { "*" },
  help = [[The consumer secret (`cs_…`) of a WooCommerce REST API key. With its consumer key (`ck_…`) it authenticates to the store's `/wp-json/wc/` API as the WordPress user the key was created for, with read, write or read/write access to orders, customers, products, coupons and settings.

**Fix:** Revoke the key in WordPress (*WooCommerce > Settings > Advanced > REST API > Revoke*), generate a new one with the least access level needed, and check recent orders, coupons and customer changes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.woocommerce.com/docs/apis/rest-api/authentication/",
    "https://woocommerce.com/document/woocommerce-rest-api/",
    "https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/includes/wc-core-functions.php",
  },
  pattern = [[\b(cs_[0-9a-f]{40})\b]],
  keywords = { "cs_" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [[WOOCOMMERCE_CONSUMER_SECRET=cs_aa7bb60e737dff61c9ffc2b23f4d0c896f6c53b1]],
    [[  consumer_secret: "cs_04dd738145113d2b40070905b73ac73ce8147825"]],
  },
  negative_examples = {
    [[WOOCOMMERCE_CONSUMER_KEY=ck_39a26398f0172034dd7212cb1c88727c409c54d0]],
    [[WOOCOMMERCE_CONSUMER_SECRET=cs_1234567890abcdef]],
    [[WOOCOMMERCE_CONSUMER_SECRET=cs_aa7bb60e737dff61c9ffc2b23f4d0c896f6c53b1e2]],
  },
}

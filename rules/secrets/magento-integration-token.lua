return {
  id = "secrets.magento-integration-token",
  title = "Magento / Adobe Commerce integration token or secret",
  severity = "high",
  tags = { "secrets", "magento" },
  applies_to = { "*" },
  help = [[An Adobe Commerce / Magento Open Source integration credential: the access token, access token secret, consumer key or consumer secret created when an integration is activated. The access token never expires; with the consumer secret and token secret (or, where the store allows it, on its own as a bearer token) it calls the REST and GraphQL APIs with every resource the integration was granted, often orders, customers and catalog.

**Fix:** Reauthorize the integration in the Admin (*System > Extensions > Integrations > Reauthorize*), which issues a new access token and secret, or delete the integration; keep *Allow OAuth Access Tokens to be used as standalone Bearer tokens* disabled. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/",
    "https://github.com/magento/magento2/blob/2.4-develop/lib/internal/Magento/Framework/Oauth/Helper/Oauth.php",
  },
  pattern = [[(?i:(?:magento|adobe[_\-.]?commerce)[\w.\-]{0,30}?(?:token|secret|key)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-z0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "magento", "adobe_commerce", "adobe-commerce", "adobecommerce", "adobe.commerce" },
  entropy = 3.5,
  examples = {
    [[MAGENTO_ACCESS_TOKEN=g47so2sh97syek565vpksx7x059qa6kj]],
    [[  magento_consumer_secret: "i2jhcrxz7ll4ool1wl7o1swi7bvv30gd"]],
  },
  negative_examples = {
    [[MAGENTO_ACCESS_TOKEN=zohnx8i8nlyylygklzg1h583]],
    [[MAGENTO_BASE_URL=https://shop.example.com/rest/V1]],
    [[MAGENTO_ACCESS_TOKEN=${MAGENTO_ACCESS_TOKEN}]],
  },
}

return {
  id = "secrets.mercadopago-access-token",
  title = "Mercado Pago production access token",
  severity = "critical",
  tags = { "secrets", "mercadopago" },
  applies_to = { "*" },
  help = [[A Mercado Pago production access token (`APP_USR-<application number>-<issue stamp>-<32 hex>-<user id>`). It is the private credential of an integration: used as a bearer token it creates and refunds real payments, creates preferences and subscriptions, and reads the account's payments and customers.

**Fix:** Renew the production credentials of the application in Mercado Pago (*Your integrations > application > Production credentials*), or revoke the OAuth grant that produced the token, then review recent payments and refunds. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.mercadopago.com.mx/developers/en/docs/your-integrations/credentials",
    "https://www.mercadopago.com.mx/developers/en/reference/oauth/_oauth_token/post",
  },
  pattern = [[\b(APP_USR-\d{15,16}-\d{6}-[0-9a-f]{32}-\d{5,12})\b]],
  keywords = { "APP_USR-" },
  keywords_exact = true,
  entropy = 3.3,
  examples = {
    [[MP_ACCESS_TOKEN=APP_USR-1977002722752462-788578-83e8d66ef77b698ef7e9cb8c9680c978-947677952]],
    [[sdk = mercadopago.SDK("APP_USR-690629106101059-634222-bb5268733a7a8f849c2aef3a0cfe7daf-24034532")]],
  },
  negative_examples = {
    [[MP_PUBLIC_KEY=APP_USR-d0a26210-4c2b-4f7e-9d1a-479f0400869e]],
    [[MP_ACCESS_TOKEN=APP_USR-4934588586838432-XXXXXXXX-241983636]],
    [[MP_ACCESS_TOKEN=${MP_ACCESS_TOKEN}]],
  },
}

return {
  id = "secrets.mercadopago-test-access-token",
  title = "Mercado Pago test access token",
  severity = "medium",
  tags = { "secrets", "mercadopago" },
  applies_to = { "*" },
  help = [[A Mercado Pago test access token (`TEST-<application number>-<issue stamp>-<32 hex>-<user id>`). It calls the Mercado Pago API in test mode for the integration: no real money, but it identifies the seller account and its application.

**Fix:** Renew the test credentials of the application in Mercado Pago (*Your integrations > application > Test credentials*), and check that the production token was not committed next to it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.mercadopago.com.mx/developers/en/docs/your-integrations/credentials",
    "https://www.mercadopago.com.mx/developers/en/reference/oauth/_oauth_token/post",
  },
  pattern = [[\b(TEST-\d{15,16}-\d{6}-[0-9a-f]{32}-\d{5,12})\b]],
  keywords = { "TEST-" },
  keywords_exact = true,
  entropy = 3.3,
  examples = {
    [[MP_ACCESS_TOKEN=TEST-1426884698888197-292987-595354b7f8b2a8b6979d0f09427d7769-4777910939]],
    [[  access_token: TEST-6374221323426642-389411-1cf3fa94381ab690c5a68afa60ba142d-398783868]],
  },
  negative_examples = {
    [[MP_PUBLIC_KEY=TEST-0c7a9a2d-5b1e-4c8f-a7e3-2f6d9b1c4e80]],
    [[MP_ACCESS_TOKEN=TEST-1426884698888197-292987-595354b7f8b2a8b6979d0f09427d-47]],
    [[RUN_MODE=TEST-1426884698888197]],
  },
}

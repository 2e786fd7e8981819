return {
  id = "secrets.amazon-mws-auth-token",
  title = "Amazon MWS authorization token",
  severity = "high",
  tags = { "secrets", "amazon" },
  applies_to = { "*" },
  help = [[An Amazon Marketplace Web Service authorization token (`amzn.mws.…`), the value a seller grants to a developer so that the developer's application can call MWS, and exchange it for Amazon Pay API v2 delegated tokens, on the seller's behalf (orders, listings, pricing, payments, reports).

**Fix:** Have the seller revoke the developer authorization in Seller Central (*User Permissions > Third party developer and apps*, or *Integration Central > MWS Authorizations* for Amazon Pay) and authorize again to obtain a new token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.developer.amazonservices.com/en_US/dev_guide/DG_RequiredRequestParameters.html",
    "https://developer.amazon.com/docs/amazon-pay-registration/create-mwsauthtoken.html",
    "https://developer.amazon.com/docs/amazon-pay-registration/token-exchange.html",
  },
  pattern = [[\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "amzn.mws." },
  entropy = 3.0,
  examples = {
    [[MWS_AUTH_TOKEN=amzn.mws.50f0faf0-daa9-4073-846c-977432c47ca4]],
    [[  mws_auth_token: "amzn.mws.66f2dcdc-cbdc-47ba-8180-3f8c72f2cc57"]],
  },
  negative_examples = {
    [[MWS_AUTH_TOKEN=amzn.mws.123456789]],
    [[MWS_AUTH_TOKEN=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE]],
    [[MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000]],
  },
}

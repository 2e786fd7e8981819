return {
  id = "secrets.braintree-access-token",
  title = "PayPal Braintree production access token",
  severity = "critical",
  tags = { "secrets", "paypal" },
  applies_to = { "*" },
  help = [[A Braintree access token for PayPal (`access_token$production$…`), used by the Braintree SDKs to create PayPal transactions on the merchant's live account.

**Fix:** Revoke the token from the PayPal developer dashboard (REST app credentials) and issue a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.paypal.com/braintree/docs/guides/paypal/overview",
    "https://developer.paypal.com/braintree/docs/start/hello-server",
  },
  pattern = [[\b(access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})\b]],
  keywords = { "access_token$production$" },
  entropy = 3.5,
  examples = {
    [[BRAINTREE_ACCESS_TOKEN=access_token$production$7zb01awyp6kak7yc$f89625ed9582df13e6177aa69b4295ae]],
    [[  paypal_access_token: 'access_token$production$zqpnllxcx1us31l6$ffd28ed5047969773ca6a1d2efe80c80']],
  },
  negative_examples = {
    [[BRAINTREE_ACCESS_TOKEN=access_token$sandbox$k7q2m9x4c8v1b3n6$0f1e2d3c4b5a69788796a5b4c3d2e1f0]],
    [[BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant>$<token>]],
  },
}

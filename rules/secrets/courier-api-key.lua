return {
  id = "secrets.courier-api-key",
  title = "Courier API key",
  severity = "high",
  tags = { "secrets", "courier" },
  applies_to = { "*" },
  help = [=[A Courier API key (auth token), passed as a bearer token to the Courier REST API. `pk_prod_` and `dk_prod_` keys act on the production environment, `pk_test_` and `dk_test_` on the test environment: sending notifications through every configured email, SMS, push and chat channel, and reading or changing profiles, lists, preferences and message logs.

**Fix:** Rotate the key in Courier (*Settings > API Keys*) and update the integrations that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.courier.com/docs/reference/authorization",
    "https://www.courier.com/docs/rest",
  },
  pattern = [=[\b((?:pk|dk)_(?:prod|test)_[A-Z0-9]{24,40})\b]=],
  keywords = { "pk_prod_", "dk_prod_", "pk_test_", "dk_test_" },
  entropy = 3.5,
  examples = {
    [=[COURIER_AUTH_TOKEN=pk_prod_B2ZQX39EYC9GPSFRHHPMKOHC86DR]=],
    [=[curl -X POST https://api.courier.com/send -H 'Authorization: Bearer dk_test_QYNTXFZ3OZ796KQ33QJVM4Y5JMGJ']=],
    [=[  courier_api_key: "pk_test_OYXDI3FR61DYU7LKVEGHHRYC93R7"]=],
  },
  negative_examples = {
    [=[COURIER_AUTH_TOKEN=pk_prod_xxx]=],
    [=[NEXT_PUBLIC_STRIPE_KEY=pk_test_51yleKaUnVSZ7zWRJ0toG5Svd49uB8lGsGzqrDeNM4LFxAjTzThmDcdaQG30Xa]=],
    [=[COURIER_AUTH_TOKEN=pk_prod_S0RSD7EKXMHI]=],
  },
}

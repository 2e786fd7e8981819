return {
  id = "secrets.adyen-api-key",
  title = "Adyen API key",
  severity = "high",
  tags = { "secrets", "adyen" },
  applies_to = { "*" },
  help = [[An Adyen API credential key (`AQE…`). It authenticates to Adyen's Checkout, Payments and Management APIs with the roles of its API credential.

**Fix:** Generate a new API key for the credential in the Customer Area (*Developers > API credentials*), deploy it, then revoke the old key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.adyen.com/development-resources/api-credentials/",
    "https://docs.adyen.com/development-resources/api-authentication/",
  },
  pattern = [[\b(AQE[A-Za-z0-9+/]{40,120}={0,2}-[A-Za-z0-9+/]{43}=)]],
  keywords = { "AQE" },
  entropy = 4.0,
  examples = {
    [[ADYEN_API_KEY=AQEBHbRxuhv+ijc8sDcWjj9Vzqs1BSVxVjTX7+6ZjWef9iFVDFBY4F340wy8t4hZbyC6eiU3gZqTxYqq==-carbFpLDQD0++NGwj0/XI0KSn0kBzIStx+LKIFHsnDS=-W+t7NF;s4}%=kUSD]],
    [[  adyen_api_key: "AQEVqMJ1jbPeG3/ft0A6kEPwb9ULdlGPRWaYSlJClrUATeUqHvJnAvMZnAeMMRJB0bHN2HMifnmNS/8y==-c1mtKphlw05/qtXrAL0IY++9lwHEl0k9VxkEQPNgDD7=-Vq2,Lp9]z!dKa5Fm"]],
  },
  negative_examples = {
    [[ADYEN_API_KEY=AQE...]],
    [[ADYEN_MERCHANT_ACCOUNT=AcmeCOM]],
  },
}

return {
  id = "secrets.square-access-token",
  title = "Square access token",
  severity = "high",
  tags = { "secrets", "square" },
  applies_to = { "*" },
  help = [[A Square personal or OAuth access token (`EAAA…`). It calls the Square APIs for the seller account: payments, refunds, customers, orders.

**Fix:** Revoke or replace the credential in the Square Developer Dashboard (*Credentials*), or revoke OAuth tokens with `RevokeToken`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    "https://developer.squareup.com/docs/oauth-api/overview",
  },
  pattern = [[\b(EAAA[A-Za-z0-9_\-]{60})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "EAAA" },
  entropy = 3.8,
  examples = {
    [[SQUARE_ACCESS_TOKEN=EAAAIwXhhsV4sVqpNkaCwZg1e6G5cdE6ov1JRl5vhEj1C2b-nZHgE-a-qEIikwFK]],
    [[  square_token: "EAAAKwVb49XfASBPkLn_uGHGG-jf3wwcrjlL3GMGXBk1uohq2j6TAHQ8O3rE1n3s"]],
  },
  negative_examples = {
    [[SQUARE_ACCESS_TOKEN=EAAAhyZH4w9chGBt6uHROKiUFg9856fTQwVmWsJr2fuet7-JURXYWs_8iaAmI]],
    [[SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

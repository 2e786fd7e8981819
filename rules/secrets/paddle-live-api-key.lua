return {
  id = "secrets.paddle-live-api-key",
  title = "Paddle live API key",
  severity = "critical",
  tags = { "secrets", "paddle" },
  applies_to = { "*" },
  help = [[A Paddle Billing API key for the live environment (`pdl_live_apikey_…`). It authenticates server-side calls to the Paddle API with the permissions chosen for the key: creating transactions, changing or cancelling subscriptions, issuing adjustments and refunds, and reading customer and billing data of the seller account.

**Fix:** Revoke the key in Paddle (*Developer tools > Authentication > API keys*), create a replacement with only the permissions the integration needs and an expiry date, and review recent API activity for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.paddle.com/api-reference/about/authentication",
    "https://developer.paddle.com/api-reference/about/api-keys",
    "https://developer.paddle.com/changelog/2025/api-key-improvements",
  },
  pattern = [[\b(pdl_live_apikey_[0-9a-z]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pdl_live_apikey_" },
  entropy = 3.5,
  examples = {
    [[PADDLE_API_KEY=pdl_live_apikey_pgpfxtrgm44bss96102sq1cedy_5ZeiHjm2vMKPh8ULUtbxxP_mcA]],
    [[  paddle_api_key: "pdl_live_apikey_n57wx6bgd8b2v0c2pd4d1kyja7_87WHXt9LD1vBqzIBTfpiCM_85K"]],
  },
  negative_examples = {
    [[PADDLE_API_KEY=pdl_live_apikey_01jkdpbhaz****]],
    [[PADDLE_API_KEY=pdl_live_apikey_xxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxx_xxx]],
    [[PADDLE_API_KEY=${{ secrets.PADDLE_API_KEY }}]],
  },
}

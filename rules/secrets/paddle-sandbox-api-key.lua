return {
  id = "secrets.paddle-sandbox-api-key",
  title = "Paddle sandbox API key",
  severity = "medium",
  tags = { "secrets", "paddle" },
  applies_to = { "*" },
  help = [[A Paddle Billing API key for the sandbox environment (`pdl_sdbx_apikey_…`). It only works against the sandbox API, where no real money moves, but it can read and change all sandbox test data within the key's permissions.

**Fix:** Revoke the key in the Paddle sandbox dashboard (*Developer tools > Authentication > API keys*) and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.paddle.com/api-reference/about/authentication",
    "https://developer.paddle.com/api-reference/about/api-keys",
  },
  pattern = [[\b(pdl_sdbx_apikey_[0-9a-z]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pdl_sdbx_apikey_" },
  entropy = 3.5,
  examples = {
    [[PADDLE_SANDBOX_API_KEY=pdl_sdbx_apikey_pgpfxtrgm44bss96102sq1cedy_87WHXt9LD1vBqzIBTfpiCM_85K]],
    [[  paddle_api_key: "pdl_sdbx_apikey_n57wx6bgd8b2v0c2pd4d1kyja7_5ZeiHjm2vMKPh8ULUtbxxP_mcA"]],
  },
  negative_examples = {
    [[PADDLE_SANDBOX_API_KEY=pdl_sdbx_apikey_01jkdpbhaz****]],
    [[PADDLE_SANDBOX_API_KEY=pdl_sdbx_apikey_pgpfxtrgm44bss96102sq1ced_87WHXt9LD1vBqzIBTfpiCM_85K]],
    [[PADDLE_SANDBOX_API_KEY=${PADDLE_SANDBOX_API_KEY}]],
  },
}

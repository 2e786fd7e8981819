return {
  id = "secrets.replicate-api-token",
  title = "Replicate API token",
  severity = "high",
  tags = { "secrets", "replicate" },
  applies_to = { "*" },
  help = [[A Replicate API token (`r8_`). It runs models (billed to the account), reads predictions and pushes model versions.

**Fix:** Revoke the token at replicate.com (*Account > API tokens*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://replicate.com/docs/topics/security/api-tokens",
    "https://replicate.com/docs/reference/http#authentication",
  },
  pattern = [[\b(r8_[A-Za-z0-9]{37})\b]],
  keywords = { "r8_" },
  entropy = 3.5,
  examples = {
    [[REPLICATE_API_KEY=r8_zkzttOrqpzZZjl6PbhCQMCvLBFwpdoPlmQx5N]],
    [[  replicate_api_key: "r8_j1PAfaU9y44YzhRtBZPPDNPCmoRTvgxDS1dil"]],
  },
  negative_examples = {
    [[REPLICATE_API_KEY=r8_HCd8bKT1D6DQerT2lZMgpeZdYfdBat0ZLT]],
    [[REPLICATE_API_KEY=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

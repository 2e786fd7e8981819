return {
  id = "secrets.fireworks-api-key",
  title = "Fireworks AI API key",
  severity = "high",
  tags = { "secrets", "fireworks" },
  applies_to = { "*" },
  help = [[A Fireworks AI API key (`fw_`). It runs inference and fine-tuning jobs billed to the account and reads deployed models.

**Fix:** Delete the key (`firectl delete api-key` or the Fireworks dashboard). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.fireworks.ai/api-reference/introduction",
    "https://docs.fireworks.ai/getting-started/quickstart",
  },
  pattern = [[\b(fw_[A-Za-z0-9]{24})\b]],
  keywords = { "fw_" },
  entropy = 3.5,
  examples = {
    [[FIREWORKS_API_KEY=fw_HuogTJN1qxhQ4DNr2kP8At7e]],
    [[  fireworks_api_key: "fw_hFPj6666I25UxSVXK0vOfMhu"]],
  },
  negative_examples = {
    [[FIREWORKS_API_KEY=fw_0rjAttLS2sMJBf1YkNyVx]],
    [[FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.huggingface-org-token",
  title = "Hugging Face organization API token (legacy)",
  severity = "high",
  tags = { "secrets", "huggingface" },
  applies_to = { "*" },
  help = [[A legacy Hugging Face organization API token (`api_org_`). It accesses the organization's private models, datasets and Inference API usage.

**Fix:** Delete the organization token in the organization settings and move to fine-grained user or organization tokens. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://huggingface.co/docs/hub/security-tokens",
  },
  pattern = [[\b(api_org_[A-Za-z]{34})\b]],
  keywords = { "api_org_" },
  entropy = 3.5,
  examples = {
    [[HF_ORG_TOKEN=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]],
    [[  hf_org_token: "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"]],
  },
  negative_examples = {
    [[HF_ORG_TOKEN=api_org_oSuIQTqUhAFnkeWIMTCNSXfgxkBRJlJ]],
  },
}

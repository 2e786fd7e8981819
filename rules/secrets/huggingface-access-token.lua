return {
  id = "secrets.huggingface-access-token",
  title = "Hugging Face user access token",
  severity = "high",
  tags = { "secrets", "huggingface" },
  applies_to = { "*" },
  help = [[A Hugging Face user access token (`hf_`). With read, write or fine-grained permissions it downloads private models and datasets and, with write, pushes to the user's and organizations' repositories.

**Fix:** Invalidate/delete the token on huggingface.co (*Settings > Access Tokens*) and check repositories for unexpected commits. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://huggingface.co/docs/hub/security-tokens",
  },
  pattern = [[\b(hf_[A-Za-z]{34})\b]],
  keywords = { "hf_" },
  entropy = 3.5,
  examples = {
    [[HF_TOKEN=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]],
    [[huggingface-cli login --token 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]],
  },
  negative_examples = {
    [[HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[HF_TOKEN=hf_gpGDObNEZsnyjMjNLXosppbsPyakXrP]],
  },
}

return {
  id = "secrets.nvidia-api-key",
  title = "NVIDIA API key",
  severity = "high",
  tags = { "secrets", "nvidia" },
  applies_to = { "*" },
  help = [[An NVIDIA API key (`nvapi-…`) from build.nvidia.com or an NGC personal key. It calls NVIDIA-hosted NIM inference endpoints (integrate.api.nvidia.com, ai.api.nvidia.com) on the account's credits and, for NGC keys with those services, pulls private containers and models from nvcr.io and the NGC catalog of the organization.

**Fix:** Delete or rotate the key in the NVIDIA account (*build.nvidia.com > Settings > API keys*, or *NGC > Setup > API Keys*), create a replacement limited to the services it needs, and review NGC audit logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.nvidia.com/nemo/retriever/latest/extraction/api-keys/index.html",
    "https://docs.nvidia.com/rag/latest/api-key.html",
  },
  pattern = [[\b(nvapi-[A-Za-z0-9_\-]{64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "nvapi-" },
  entropy = 3.5,
  examples = {
    [[export NVIDIA_API_KEY=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]],
    [[  ngc_api_key: "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"]],
  },
  negative_examples = {
    [[export NVIDIA_API_KEY="nvapi-..."]],
    [[NVIDIA_API_KEY=nvapi-at7af8GdtSK0zz0mjW8ZrN5MxiZWxvXDFHK3VjcZi5la_fqqNngt1TRlPg]],
    [[NVIDIA_API_KEY=${NVIDIA_API_KEY}]],
  },
}

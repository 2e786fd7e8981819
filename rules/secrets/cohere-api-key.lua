return {
  id = "secrets.cohere-api-key",
  title = "Cohere API key",
  severity = "high",
  tags = { "secrets", "cohere" },
  applies_to = { "*" },
  help = [[A Cohere production or trial API key. It calls Cohere's Chat, Embed and Rerank APIs billed to the account.

**Fix:** Delete the key in the Cohere dashboard (*API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.cohere.com/docs/rate-limits",
    "https://docs.cohere.com/reference/about",
  },
  pattern = [[(?i:(?:cohere|co[_\-]api[_\-]key)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "cohere", "co_api_key", "co-api-key" },
  entropy = 3.5,
  examples = {
    [[COHERE_API_KEY=oPUhlnMXCcQJZmfPAvDuLEttmNMt8mYQ1VQ31gb6]],
    [[  cohere_api_key: "QFGRxJWfnKB7zUE9TY1M6kH1wPCKc79GG1efGEIm"]],
  },
  negative_examples = {
    [[COHERE_API_KEY=your-cohere-api-key]],
    [[COHERE_API_KEY=Dsqcxakl5nveTCj7OnjbueeG5HDK0oFdlLqKl]],
    [[API_KEY=xSQFSlLZQIZ3PltO9KDCp4OgTpkhCUUrm2SpNq6A]],
    [[image: ghcr.io/acme/cohere-gateway@sha256:1651d16b3dff962d2780c447a428f2fa05aeeca70a8995e833ec8f82088a4bf0]],
  },
}

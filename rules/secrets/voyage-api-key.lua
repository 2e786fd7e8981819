return {
  id = "secrets.voyage-api-key",
  title = "Voyage AI API key",
  severity = "high",
  tags = { "secrets", "voyage" },
  applies_to = { "*" },
  help = [[A Voyage AI API key (`pa-`). It calls the embedding and reranking APIs billed to the organization.

**Fix:** Revoke the key in the Voyage AI dashboard (*API keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.voyageai.com/docs/api-key-and-installation",
    "https://docs.voyageai.com/reference/embeddings-api",
  },
  pattern = [[\b(pa-[A-Za-z0-9_\-]{40,46})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "voyage" },
  entropy = 3.8,
  examples = {
    [[VOYAGE_API_KEY=pa-yk6RvD_9Cx7Q_0F7X0SU_3-Sa3lk6pbETRRSJFGXkTi]],
    [[  voyage_api_key: "pa-EId5nsDB9eKljicaWornWLpmSC3dYFGQP_sLbbGBzKc"]],
  },
  negative_examples = {
    [[VOYAGE_API_KEY=pa-abc]],
    [[VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.pinecone-api-key",
  title = "Pinecone API key",
  severity = "high",
  tags = { "secrets", "pinecone" },
  applies_to = { "*" },
  help = [[A Pinecone API key (`pcsk_`). It reads, writes and deletes the project's indexes and vectors.

**Fix:** Delete the key in the Pinecone console (*API keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.pinecone.io/guides/projects/manage-api-keys",
    "https://docs.pinecone.io/reference/api/authentication",
  },
  pattern = [[\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})\b]],
  keywords = { "pcsk_" },
  entropy = 3.5,
  examples = {
    [[PINECONE_API_KEY=pcsk_qoDPUP_38M7P0JNpTMPQDNRVzD5fc65jjn08ua0VBZLQeFLbQlYBi73UVBrufPmTqqDwiS]],
    [[  pinecone_api_key: "pcsk_np9lhI_F6Utt4SI2TZGOultuTPTe4zxzcMKVPSeVKxS9AmVPuUuiE0t6aGFOSAeGS972OF"]],
  },
  negative_examples = {
    [[PINECONE_API_KEY=pcsk_4Xq2_Tz8Lm3Vb7Nc1]],
    [[PINECONE_API_KEY=pcsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

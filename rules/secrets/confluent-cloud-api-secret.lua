return {
  id = "secrets.confluent-cloud-api-secret",
  title = "Confluent Cloud API secret",
  severity = "high",
  tags = { "secrets", "confluent" },
  applies_to = { "*" },
  help = [[The secret half of a Confluent Cloud API key. With the key ID it authenticates as the owning user or service account: a resource-scoped key produces and consumes on the Kafka cluster, Schema Registry or Flink region it belongs to, and a Cloud resource management key calls the Confluent Cloud control-plane APIs.

**Fix:** Delete the API key in Confluent Cloud (*API keys*, or `confluent api-key delete KEY`), create a replacement for the service account, and review the audit log for its use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.confluent.io/cloud/current/client-apps/api-keys.html",
  },
  pattern = [[(?:^|[^A-Za-z0-9+/])(cflt[A-Za-z0-9+/]{60})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "cflt" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[CONFLUENT_CLOUD_API_SECRET=cfltpL7UDv03yWrrE4ozvJ+DLGOIGMy4h0LFu0OwtAqwmVQlWtFbaJ6K25uT/bOs]],
    [[sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='ABCD1234567890AB' password='cflt7tv+VNVM11B6ngpP77ef4Ld0Wu6wcnncoXs3TjxGneIDaFwdbHySd1N2GN8z';]],
  },
  negative_examples = {
    [[CONFLUENT_CLOUD_API_SECRET=cfltO3dO9eqVDeO5s0551SMqVddYGawg3fqh29Kpcmho]],
    [[CONFLUENT_CLOUD_API_KEY=ABCD1234567890AB]],
    [[CONFLUENT_CLOUD_API_SECRET=${CONFLUENT_CLOUD_API_SECRET}]],
  },
}

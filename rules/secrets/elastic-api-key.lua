return {
  id = "secrets.elastic-api-key",
  title = "Elastic / Elasticsearch API key",
  severity = "high",
  tags = { "secrets", "elastic" },
  applies_to = { "*" },
  help = [[An Elasticsearch or Elastic Cloud API key (the base64-encoded `id:api_key` credential). It calls the cluster or Elastic Cloud API with the key's role descriptors: reading and writing indices, managing deployments.

**Fix:** Invalidate the key (`DELETE /_security/api_key`, Kibana *Stack Management > API keys*, or the Elastic Cloud console). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html",
    "https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html",
  },
  pattern = [[(?:(?i:elastic[\w.\-]{0,20}?api[_\-]?key|\bes[_\-]api[_\-]?key)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bApiKey[ \t]+)([A-Za-z0-9+/]{40,120}={0,2})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "elastic", "es_api", "es-api", "apikey " },
  entropy = 4.0,
  examples = {
    [[ELASTIC_API_KEY=fwERhaGu3enmoCWG0E9kK8TI4voklQbCq3fEK7mA64jtWGOx66DQ6wMyJf==]],
    [[curl -H 'Authorization: ApiKey Os9pHb42BIiZ8jdJQ0OWjHZQFLGNxWv7oTa9aIj88uQaK0RgdgnCJmzbz8==' https://es.example.org:9243/_cat/indices]],
  },
  negative_examples = {
    [[ELASTIC_CLOUD_ID=prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbw]],
    [[ELASTIC_API_KEY=${ELASTIC_API_KEY}]],
  },
}

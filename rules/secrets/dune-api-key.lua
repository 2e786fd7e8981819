return {
  id = "secrets.dune-api-key",
  title = "Dune API key",
  severity = "high",
  tags = { "secrets", "dune" },
  applies_to = { "*" },
  help = [=[A Dune (dune.com) API key, sent in the `X-DUNE-API-KEY` header or the `api_key` query parameter. It belongs to a user or team context and acts in it: executing and reading private queries, creating, editing and archiving queries, uploading and deleting tables, and spending the context's paid credits.

**Fix:** Revoke the key on the Dune API settings page (*Settings > API*) of the user or team that owns it and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.dune.com/api-reference/overview/authentication",
    "https://docs.dune.com/api-reference/overview/getting-started",
  },
  pattern = [=[(?:(?i:x-dune-api-key|dune[_\-]?api[_\-]?key)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:api\.dune\.com/)[^\s\"'<>]*?[?&]api_key=)([A-Za-z0-9]{24,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "dune" },
  entropy = 3.5,
  examples = {
    [=[DUNE_API_KEY=VRHmhrlKxAWV6pxIGIgK3JHpOs0VpowT]=],
    [=[curl -X POST -H x-dune-api-key:HaYvijzaPcqeZyEEYvETwn3bxNMGT0yD "https://api.dune.com/api/v1/query/1234567/execute"]=],
    [=[url = "https://api.dune.com/api/v1/query/1234567/results?api_key=ZVf1SMI8IhVxt1YVQDLGuighJzCg9bJA"]=],
  },
  negative_examples = {
    [=[curl -X POST -H x-dune-api-key:{{api_key}} "https://api.dune.com/api/v1/query/{{query_id}}/execute"]=],
    [=[DUNE_API_KEY=${DUNE_API_KEY}]=],
    [=[DUNE_QUERY_ID=1234567]=],
  },
}

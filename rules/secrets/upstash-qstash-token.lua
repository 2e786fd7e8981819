return {
  id = "secrets.upstash-qstash-token",
  title = "Upstash QStash token",
  severity = "high",
  tags = { "secrets", "upstash" },
  applies_to = { "*" },
  help = [=[An Upstash QStash REST token (`QSTASH_TOKEN`): base64-encoded JSON holding the account's QStash user id and password, so it always starts with `eyJVc2VySUQiOi`. It authenticates every QStash API call: publishing messages to any URL (which QStash then delivers signed with the account's signing keys), creating and deleting schedules, queues and URL groups, and reading message logs and the dead-letter queue with their payloads.

**Fix:** Reset the token in the Upstash console (*QStash > Request Builder / Details > Reset token*) and update the publishers that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://upstash.com/docs/qstash/api",
    "https://upstash.com/docs/qstash/howto/local-development",
    "https://upstash.com/docs/workflow/howto/local-development",
  },
  pattern = [=[\b(eyJVc2VySUQiOi[A-Za-z0-9+/]{80,200}={0,2})(?:[^A-Za-z0-9+/=]|$)]=],
  keywords = { "eyJVc2VySUQiOi" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [=[QSTASH_TOKEN=eyJVc2VySUQiOiI5MTY4NzQ0Zi0yM2YxLTRiYzMtOTg3My1mZTgyNmM5YjFkNDYiLCJQYXNzd29yZCI6IjJmYzhkNjVmYTk2ZTllY2U2MzdjYjZhNmY3ZGJkY2U1In0=]=],
    [=[curl -X POST https://qstash.upstash.io/v2/publish/https://example.com/api/job -H "Authorization: Bearer eyJVc2VySUQiOiJmMmY3YjVjMy1mNDkxLTRhMmUtODU5ZS1jMGRlMjhmMjk4ZmEiLCJQYXNzd29yZCI6ImJkZWRiOTRhYTVkMTZiMzM0YTAyZjgzMzRmOGY0Y2RkIn0="]=],
  },
  negative_examples = {
    [=[QSTASH_TOKEN=eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0=]=],
    [=[QSTASH_TOKEN=eyJVc2VySUQiOiI5MTY4NzQ0Zi0yM2YxLTRiYzMt]=],
    [=[QSTASH_TOKEN=${QSTASH_TOKEN}]=],
  },
}

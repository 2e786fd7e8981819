return {
  id = "secrets.bitquery-access-token",
  title = "Bitquery OAuth access token",
  severity = "medium",
  tags = { "secrets", "bitquery" },
  applies_to = { "*" },
  help = [=[A Bitquery API access token (`ory_at_…`), issued for one of the account's applications and sent as a Bearer token or in the `token` query parameter of the Streaming API (`streaming.bitquery.io`). Until it expires (the application's configured lifespan) it runs GraphQL queries and subscriptions billed to the account's points.

**Fix:** Revoke the application's tokens in the Bitquery account (*Authorization > Applications > Revoke*), generate a new one with a short lifespan, or obtain tokens at runtime with the client-credentials flow. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.bitquery.io/docs/authorization/how-to-use/",
    "https://docs.bitquery.io/docs/authorization/how-to-generate/",
  },
  pattern = [=[(?i:bitquery)[^\n]{0,80}?\b(ory_at_[A-Za-z0-9_\-]{20,64}\.[A-Za-z0-9_\-]{20,64})(?:[^A-Za-z0-9_\-.]|$)]=],
  keywords = { "bitquery" },
  entropy = 3.8,
  examples = {
    [=[BITQUERY_TOKEN=ory_at__n97w6vkI0CswlPBA6PWvff6Hm3CFTn3VjM7QC_jAZ4.EZr6CrIELqhQg2ghR501KHZXhVwP6GnEWOiDcn1icVq]=],
    [=[wss://streaming.bitquery.io/graphql?token=ory_at_QNmbMp9EwjEIFEOOSPbGQoNhcSSPYeQW-FUyI0iFS-d.fPJ3VXlsyX5_gwvxaAfAYSEaiFv_rR3e1ZxaERJy071]=],
  },
  negative_examples = {
    [=[https://streaming.bitquery.io/graphql?token=ory_at_...]=],
    [=[BITQUERY_TOKEN=${BITQUERY_TOKEN}]=],
    [=[OTHER_TOKEN=ory_at__n97w6vkI0CswlPBA6PWvff6Hm3CFTn3VjM7QC_jAZ4.EZr6CrIELqhQg2ghR501KHZXhVwP6GnEWOiDcn1icVq]=],
  },
}

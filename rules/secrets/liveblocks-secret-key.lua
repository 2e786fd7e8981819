return {
  id = "secrets.liveblocks-secret-key",
  title = "Liveblocks secret key",
  severity = "high",
  tags = { "secrets", "liveblocks" },
  applies_to = { "*" },
  help = [=[A Liveblocks secret key (`sk_prod_` or `sk_dev_` followed by 64 characters), used server-side with `@liveblocks/node` and the REST API. It mints access and ID tokens for any user and room, and reads, modifies and deletes the project's rooms, their stored documents (Storage and Yjs), comment threads and notifications.

**Fix:** Roll the secret key in the Liveblocks dashboard (*project > API keys*) and update the authentication endpoint that uses it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://liveblocks.io/docs/api-reference/liveblocks-node",
    "https://liveblocks.io/docs/authentication",
    "https://liveblocks.io/blog/whats-new-in-v1-2",
  },
  pattern = [=[\b(sk_(?:prod|dev)_[A-Za-z0-9_\-]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "sk_prod_", "sk_dev_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [=[LIVEBLOCKS_SECRET_KEY=sk_prod_H8D1NxfjRFHhf8fdzr4AViVKVB-gcpBlNy2jPZBF2W3KG_mhgcmRMx7X6zTczcYH]=],
    [=[const liveblocks = new Liveblocks({ secret: "sk_dev_BqJWz9i1EJJuBocWnNwVlVTuzzHQLZSx5VYfCyHlh7aSwU5jHNPzTL1nJqfQirXZ" });]=],
  },
  negative_examples = {
    [=[LIVEBLOCKS_SECRET_KEY=sk_prod_xxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[LIVEBLOCKS_SECRET_KEY=sk_prod_H8D1NxfjRFHhf8fdzr4AViVKVB]=],
    [=[NEXT_PUBLIC_LIVEBLOCKS_PUBLIC_KEY=pk_prod_H8D1NxfjRFHhf8fdzr4AViVKVB-gcpBlNy2jPZBF2W3KG_mhgcmRMx7X6zTczcYH]=],
    [=[LIVEBLOCKS_SECRET_KEY=${LIVEBLOCKS_SECRET_KEY}]=],
  },
}

return {
  id = "secrets.upstash-qstash-signing-key",
  title = "Upstash QStash signing key",
  severity = "high",
  tags = { "secrets", "upstash" },
  applies_to = { "*" },
  help = [=[An Upstash QStash signing key (`QSTASH_CURRENT_SIGNING_KEY` / `QSTASH_NEXT_SIGNING_KEY`, `sig_` followed by 28 letters and digits). QStash signs the JWT in the `Upstash-Signature` header of every delivery with it, and the receiving endpoints (including Upstash Workflow routes) trust requests whose signature verifies. Whoever holds the key can forge deliveries and make those endpoints run jobs or workflow steps with arbitrary payloads.

**Fix:** Rotate the signing keys in the Upstash console (*QStash > Signing keys > Rotate*) or with `POST /v2/keys/rotate`, then deploy the new current and next keys to every receiver. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://upstash.com/docs/qstash/howto/signature",
    "https://upstash.com/docs/qstash/features/security",
    "https://upstash.com/docs/qstash/api-reference/signing-keys/rotate-signing-keys",
  },
  pattern = [=[(?:(?i:qstash[\w.\-]{0,20}?signing[_\-]?key)|(?:current|next)SigningKey)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(sig_[A-Za-z0-9]{24,32})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "qstash", "signingkey" },
  entropy = 3.5,
  allow = { [=[^sig_(?:7kYjw48mhY7kAjqNGcy6cr29RJ6r|7RvLjqfZBvP5KEUimQCE1pvpLuou|7W3ZNbfKWk5NWwEs3U4ixuQ7fxwE)$]=] },
  examples = {
    [=[QSTASH_CURRENT_SIGNING_KEY=sig_r5cDJZdvzy3F1NPB3H7Q9ZrHRARJ]=],
    [=[const receiver = new Receiver({ currentSigningKey: "sig_2XAZegY11rmq4MC55o4jfKi6uCEp", nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY });]=],
    [=[QSTASH_NEXT_SIGNING_KEY=sig_ymrospPWTvufqWc4dkWjuHXkr7vD]=],
  },
  negative_examples = {
    [=[QSTASH_CURRENT_SIGNING_KEY=sig_7kYjw48mhY7kAjqNGcy6cr29RJ6r]=],
    [=[QSTASH_CURRENT_SIGNING_KEY=sig_xxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[QSTASH_CURRENT_SIGNING_KEY=sig_abc123]=],
    [=[QSTASH_CURRENT_SIGNING_KEY=${QSTASH_CURRENT_SIGNING_KEY}]=],
    [=[signal(SIGINT, sig_handler_function_for_shutdown);]=],
  },
}

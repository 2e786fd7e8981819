return {
  id = "secrets.vault-batch-token",
  title = "HashiCorp Vault batch token",
  severity = "high",
  tags = { "secrets", "vault", "hashicorp" },
  applies_to = { "*" },
  help = [[A Vault batch token: an encrypted, non-persisted token carrying its policies, valid until its TTL ends. It cannot be revoked individually.

**Fix:** Revoke the token (`vault token revoke`, or `vault token revoke -accessor ACCESSOR`; batch tokens expire with their TTL, so revoke their parent) and rotate the secrets its policies could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens",
  },
  pattern = [[\b(hvb\.[A-Za-z0-9_\-]{24,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "hvb." },
  entropy = 3.5,
  examples = {
    [[export VAULT_TOKEN=hvb.ByZNnvQsQDRSS5CbQxcu-Kg-0zBohW3ebGoU90-OZrnpKWAvFjcF7rLuYShadZvaBd0PMhAF-Ymgj_-FUQQcFenOmhAGhT7v27wRXJArVir3x0IaqUR9JNE5]],
    [[  vault_token: "hvb.56noCX_-E7AiJRgktujr4IAqwmfyOvo5zDNXcUE5BRt26UZSqm1L9qDP4ZvEKmEXizXHZ0EbHTDNkSgqYmSSTn4Xusl7rbCEs1kVczkFkNiiwV5GGfdu2lxc"]],
  },
  negative_examples = {
    [[VAULT_TOKEN=hvb.m7G5Pv2KGHgZ]],
    [[VAULT_TOKEN=hvb.<token>]],
    [[VAULT_TOKEN=$(vault login -token-only -method=oidc)]],
  },
}

return {
  id = "secrets.vault-recovery-token",
  title = "HashiCorp Vault recovery token",
  severity = "critical",
  tags = { "secrets", "vault", "hashicorp" },
  applies_to = { "*" },
  help = [[A Vault recovery token, generated with unseal/recovery key shares to operate on raw storage while Vault runs in recovery mode.

**Fix:** Revoke the token (`vault token revoke`, or `vault token revoke -accessor ACCESSOR`; batch tokens expire with their TTL, so revoke their parent) and rotate the secrets its policies could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens",
  },
  pattern = [[\b(hvr\.[A-Za-z0-9_\-]{24,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "hvr." },
  entropy = 3.5,
  examples = {
    [[export VAULT_TOKEN=hvr.XhyxgBoIQOW3cxaWj22KvJKS7aUgKOCeQ5cDfmg8GQdDbDKDLR4SFZu6Lb66BYKjfnuJcLM_qmBiEoyQaq60PjoY8c]],
    [[  vault_token: "hvr.VoLrKE2G9sUT6pUZDzeEeJY26aXLaUDqB4vNMutMARvkXJkIkSZsn5B-rc8-Y50_F5hVAC2ABjrenNS-PIf3AyueDm"]],
  },
  negative_examples = {
    [[VAULT_TOKEN=hvr.bxAxgvRiCpct]],
    [[VAULT_TOKEN=hvr.<token>]],
    [[VAULT_TOKEN=$(vault login -token-only -method=oidc)]],
  },
}

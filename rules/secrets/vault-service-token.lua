return {
  id = "secrets.vault-service-token",
  title = "HashiCorp Vault service token",
  severity = "critical",
  tags = { "secrets", "vault", "hashicorp" },
  applies_to = { "*" },
  help = [[A Vault service token. It reads and writes secrets, generates dynamic credentials and creates child tokens according to its policies until it expires or is revoked; root tokens have no limit.

**Fix:** Revoke the token (`vault token revoke`, or `vault token revoke -accessor ACCESSOR`; batch tokens expire with their TTL, so revoke their parent) and rotate the secrets its policies could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens",
  },
  pattern = [[\b(hvs\.[A-Za-z0-9_\-]{24,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "hvs." },
  entropy = 3.5,
  examples = {
    [[export VAULT_TOKEN=hvs.S4Iqu2YRH-Csp5WtaW8P0ZWy4W_0BCuzg64SGWNrWhOGZCBnrV90Nv8gM-6YlWgWM4Xlip5H-zkb57KqhqPBZyBoxs]],
    [[  vault_token: "hvs.A8mfGVPK4x7StwuU37Faxl_oLB07210G6kvm-Rkm6lqDitG8oxSR97QsLKWUBtEdln1C3JTfBL3x4nOPH3Shsj4KDB"]],
  },
  negative_examples = {
    [[VAULT_TOKEN=hvs.Un5DKyfE0lIU]],
    [[VAULT_TOKEN=hvs.<token>]],
    [[VAULT_TOKEN=$(vault login -token-only -method=oidc)]],
  },
}

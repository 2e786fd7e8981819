return {
  id = "secrets.supabase-access-token",
  title = "Supabase personal access token",
  severity = "high",
  tags = { "secrets", "supabase" },
  applies_to = { "*" },
  help = [[A Supabase personal access token for the Management API and CLI. It acts as the user on every organization and project the user belongs to: create and delete projects, read API keys and database passwords, change settings.

**Fix:** Revoke the token in the Supabase dashboard (Account > Access Tokens). Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://supabase.com/docs/reference/api/introduction#authentication",
    "https://supabase.com/docs/guides/platform/access-control",
  },
  pattern = [[\b(sbp_[a-f0-9]{40})\b]],
  keywords = { "sbp_" },
  entropy = 3.0,
  examples = {
    [[SUPABASE_ACCESS_TOKEN=sbp_d4800c64fb1b5a6670a92f5210f690d46eae7ede]],
    [[  supabase_token: "sbp_15faf69e4320d21d92bed6d27bbe6e056f72c959"]],
  },
  negative_examples = {
    [[SUPABASE_ACCESS_TOKEN=sbp_ea735db30ef95ad6e55af1f7a3df46b4]],
    [[SUPABASE_ACCESS_TOKEN=sbp_0000000000000000000000000000000000000000]],
    [[sbp_<token>]],
  },
}

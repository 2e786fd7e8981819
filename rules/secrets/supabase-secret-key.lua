return {
  id = "secrets.supabase-secret-key",
  title = "Supabase secret API key",
  severity = "high",
  tags = { "secrets", "supabase" },
  applies_to = { "*" },
  help = [[A Supabase secret API key (`sb_secret_…`), the replacement for the legacy `service_role` JWT. Sent as the `apikey` of a project it uses the elevated Postgres role that bypasses Row Level Security, so it reads and writes every row of every table exposed through the Data API, and administers Auth users and Storage.

**Fix:** Delete the key in the Supabase dashboard (*Project Settings > API Keys > Secret keys*) after creating a replacement, and review the project's logs for requests made with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://supabase.com/docs/guides/api/api-keys",
    "https://supabase.com/docs/guides/getting-started/api-keys",
  },
  pattern = [[\b(sb_secret_[A-Za-z0-9_\-]{28,80})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sb_secret_" },
  keywords_exact = true,
  entropy = 3.8,
  allow = { [[^sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz$]], [[(?:_[a-z]{2,}){3}]] },
  examples = {
    [[SUPABASE_SECRET_KEY=sb_secret_r2X9OBf9ITqOyHvoknS9eA_FDDlC3Jr]],
    [[  service_key: "sb_secret_9d-PTqjUHaZtMkGqmVLCNd_MN6S6Akb"]],
  },
  negative_examples = {
    [[SUPABASE_SECRET_KEY=sb_secret_...]],
    [[SUPABASE_SECRET_KEY=sb_secret_your_key_here]],
    [[SUPABASE_SECRET_KEY=sb_secret_key_for_the_local_development_stack]],
    [[SUPABASE_SECRET_KEY=sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz]],
    [[SUPABASE_PUBLISHABLE_KEY=sb_publishable_AMVLypWHALeHAozAxx9ASf_9V5bdGsr]],
  },
}

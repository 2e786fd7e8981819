return {
  id = "secrets.cartesia-admin-api-key",
  title = "Cartesia admin API key",
  severity = "critical",
  tags = { "secrets", "cartesia" },
  applies_to = { "*" },
  help = [=[A Cartesia admin API key (`sk_car_admin_…`). It manages the organization's API keys through the Cartesia API: it lists, creates and deletes keys, besides what a standard key can do.

**Fix:** Delete the key at play.cartesia.ai/keys/admin, then list the organization's API keys and delete any created since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.cartesia.ai/api-reference/api-keys/get",
  },
  pattern = [=[\b(sk_car_admin_[A-Za-z0-9]{20,64})\b]=],
  keywords = { "sk_car_admin_" },
  entropy = 3.5,
  examples = {
    [=[CARTESIA_ADMIN_KEY=sk_car_admin_gpwdRMPZd6dwEqCaAcErMN]=],
    [=[curl -H "Authorization: Bearer sk_car_admin_syifyHcXTJ10jvyMeDauyz" https://api.cartesia.ai/api-keys]=],
  },
  negative_examples = {
    [=[Cartesia admin API key (sk_car_admin_...). Get one at play.cartesia.ai/keys/admin.]=],
    [=[CARTESIA_API_KEY=sk_car_QMpl4W0iq1Nj4SztqvEbzL]=],
    [=[CARTESIA_ADMIN_KEY=sk_car_admin_VEsl7cIoxo]=],
  },
}

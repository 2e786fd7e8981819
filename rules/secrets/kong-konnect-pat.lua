return {
  id = "secrets.kong-konnect-pat",
  title = "Kong Konnect personal access token",
  severity = "high",
  tags = { "secrets", "kong" },
  applies_to = { "*" },
  help = [[A Kong Konnect personal access token (`kpat_`). It authenticates to the Konnect APIs, decK and kongctl as the user who created it, with all of the permissions of that user's current roles: control planes, gateway services, routes, plugins, consumers and their credentials, Dev Portal. It is valid for up to 12 months.

**Fix:** Revoke the token in Konnect (*user menu > Personal access tokens*; an organization admin can revoke any user's token), review the audit log, and create the replacement with a short expiry, or move automation to a system account token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.konghq.com/konnect-api/",
    "https://developer.konghq.com/kongctl/create/pat/",
  },
  -- The Konnect API documentation shows tokens of both kinds by prefix (kpat_ for personal access tokens, spat_ for
  -- system account tokens) but not their length; tokens are matched as the prefix and 40 to 80 letters and digits.
  pattern = [[\b(kpat_[A-Za-z0-9]{40,80})\b]],
  keywords = { "kpat_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[KONNECT_TOKEN=kpat_BhzwxwufnmqLxnmnsF8yKeBrrvQkMlMrou6kg3OuzYTVekTNU]],
    [[deck gateway sync kong.yaml --konnect-token kpat_XAzLSH25uNChYXdHlou1HVJiu4JDgqbErfTd6URJQrI5SzYdy --konnect-control-plane-name prod]],
  },
  negative_examples = {
    [[KONNECT_TOKEN=kpat_xgfT]],
    [[KONNECT_TOKEN=${KONNECT_TOKEN}]],
    [[KONNECT_TOKEN=kpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.kong-konnect-system-token",
  title = "Kong Konnect system account access token",
  severity = "high",
  tags = { "secrets", "kong" },
  applies_to = { "*" },
  help = [[A Kong Konnect system account access token (`spat_`). It authenticates automation to the Konnect APIs, decK and kongctl as a system account, with the roles assigned to that account: typically the right to change gateway configuration (services, routes, plugins, consumer credentials) of one or more control planes.

**Fix:** Revoke the token in Konnect (*Organization > System accounts > the account > Tokens*, or `kongctl delete spat`), review the audit log, and create the replacement with an expiry and the fewest roles the automation needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.konghq.com/konnect-api/",
    "https://developer.konghq.com/kongctl/create/spat/",
  },
  -- The Konnect API documentation shows tokens of both kinds by prefix (kpat_ for personal access tokens, spat_ for
  -- system account tokens) but not their length; tokens are matched as the prefix and 40 to 80 letters and digits.
  pattern = [[\b(spat_[A-Za-z0-9]{40,80})\b]],
  keywords = { "spat_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[KONNECT_TOKEN=spat_tdiUFvrW7mLSr6dRBoOPCPC52oXKVFjaewsn2YE79B0dwfiBV]],
    [[deck gateway sync kong.yaml --konnect-token spat_iwODffJxdJZkfdH4hqq6EAadZCQGpSy50eMbtNVoXies1FwQN --konnect-control-plane-name prod]],
  },
  negative_examples = {
    [[KONNECT_TOKEN=spat_xgfT]],
    [[KONNECT_TOKEN=${KONNECT_TOKEN}]],
    [[KONNECT_TOKEN=spat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

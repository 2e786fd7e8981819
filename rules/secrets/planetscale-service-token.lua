return {
  id = "secrets.planetscale-service-token",
  title = "PlanetScale service token",
  severity = "high",
  tags = { "secrets", "planetscale" },
  applies_to = { "*" },
  help = [[A PlanetScale service token. With its service token ID it calls the API with the database and organization permissions granted to it (create branches, deploy requests, passwords, or full organization administration).

**Fix:** Delete the token or password in the PlanetScale dashboard (Organization settings > Service tokens, or the branch's Passwords page) and create a narrower replacement. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://planetscale.com/docs/concepts/service-tokens",
    "https://planetscale.com/docs/concepts/connection-strings",
  },
  pattern = [[\b(pscale_tkn_[A-Za-z0-9_\-]{32,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pscale_tkn_" },
  entropy = 3.5,
  examples = {
    [[PLANETSCALE_TOKEN=pscale_tkn_UxziCj6X0FXowP6JVQSxDV2ROKaFYWr1Lcc84dme37U]],
    [[  password: "pscale_tkn_Jm5MyZRw_MjJ_USKyLaoKfj_KXoAAui4vqBgmvnvQVV"]],
  },
  negative_examples = {
    [[PLANETSCALE_TOKEN=pscale_tkn_bj24nYLh5b9Rei3n0nsX]],
    [[PLANETSCALE_TOKEN=pscale_tkn_<token>]],
    [[pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

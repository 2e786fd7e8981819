return {
  id = "secrets.planetscale-password",
  title = "PlanetScale database password",
  severity = "high",
  tags = { "secrets", "planetscale" },
  applies_to = { "*" },
  help = [[A PlanetScale database branch password. With the username and host it connects to the branch over the MySQL protocol with the password's role (reader, writer, readwriter, admin).

**Fix:** Delete the token or password in the PlanetScale dashboard (Organization settings > Service tokens, or the branch's Passwords page) and create a narrower replacement. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://planetscale.com/docs/concepts/service-tokens",
    "https://planetscale.com/docs/concepts/connection-strings",
  },
  pattern = [[\b(pscale_pw_[A-Za-z0-9_\-]{32,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pscale_pw_" },
  entropy = 3.5,
  examples = {
    [[PLANETSCALE_TOKEN=pscale_pw_ppKKjn4Ra9d414UUbhYTD2lsgExokF7m9Oy8ayaBizs]],
    [[  password: "pscale_pw_v-C1A9Q1J0poNnFu75_fc8HfMU0JZQhT2du_dD4LzZH"]],
  },
  negative_examples = {
    [[PLANETSCALE_TOKEN=pscale_pw_HTv9jRlqXPrQ_PL0eQPl]],
    [[PLANETSCALE_TOKEN=pscale_pw_<token>]],
    [[pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

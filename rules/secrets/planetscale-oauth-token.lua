return {
  id = "secrets.planetscale-oauth-token",
  title = "PlanetScale OAuth token",
  severity = "high",
  tags = { "secrets", "planetscale" },
  applies_to = { "*" },
  help = [[A PlanetScale OAuth access token issued to an OAuth application on behalf of a user, carrying the scopes the user approved.

**Fix:** Delete the token or password in the PlanetScale dashboard (Organization settings > Service tokens, or the branch's Passwords page) and create a narrower replacement. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://planetscale.com/docs/concepts/service-tokens",
    "https://planetscale.com/docs/concepts/connection-strings",
  },
  pattern = [[\b(pscale_oauth_[A-Za-z0-9_\-]{32,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pscale_oauth_" },
  entropy = 3.5,
  examples = {
    [[PLANETSCALE_TOKEN=pscale_oauth_ty-_6-wYmhTb6A6VH3k9I-26yvrRF62laSw7qOSCpgz]],
    [[  password: "pscale_oauth_ZzQWN0RPs9-2SoufxMI_ycXGNOFrjVqHRKlkDG7biKk"]],
  },
  negative_examples = {
    [[PLANETSCALE_TOKEN=pscale_oauth_nIxYvq6iiN9mRNTbd9uw]],
    [[PLANETSCALE_TOKEN=pscale_oauth_<token>]],
    [[pscale_oauth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

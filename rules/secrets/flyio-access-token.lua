return {
  id = "secrets.flyio-access-token",
  title = "Fly.io OAuth access token",
  severity = "high",
  tags = { "secrets", "flyio" },
  applies_to = { "*" },
  help = [[A Fly.io user auth token (the value `fly auth token` printed). It acts as the user across every organization and app the user belongs to.

**Fix:** Log out the session (`fly auth logout`) and revoke the token in the dashboard (Account > Access tokens); use app- or org-scoped deploy tokens for automation. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://fly.io/docs/security/tokens/",
    "https://fly.io/docs/flyctl/auth-token/",
  },
  pattern = [[\b(fo1_[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "fo1_" },
  entropy = 3.5,
  examples = {
    [[FLY_API_TOKEN=fo1_cx4DwkbnL1oYOEtuWFn_Mego-B70ZTz5VJsKkdLx4Mj]],
    [[  fly_token: "fo1__ojNicwXEKqpOvvccn3Pce2aS0tMHV0_5xSRc5Cj9cs"]],
  },
  negative_examples = {
    [[FLY_API_TOKEN=fo1_z_TC3azbeYh7B2XVEHxz]],
    [[FLY_API_TOKEN=fo1_<token>]],
    [[fo1_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]],
  },
}

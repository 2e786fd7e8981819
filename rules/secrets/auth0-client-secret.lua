return {
  id = "secrets.auth0-client-secret",
  title = "Auth0 application client secret",
  severity = "high",
  tags = { "secrets", "auth0" },
  applies_to = { "*" },
  help = [[The client secret of an Auth0 application. It authenticates the application to Auth0 (client-credentials grant, code exchange); for a machine-to-machine app authorised for the Management API it administers the tenant.

**Fix:** Rotate the secret in the Auth0 Dashboard (*Applications > app > Settings > Rotate*) or with the Management API. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://auth0.com/docs/get-started/applications/rotate-client-secret",
    "https://auth0.com/docs/secure/application-credentials",
  },
  pattern = [[(?i:(?:auth0)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "auth0" },
  entropy = 4.0,
  examples = {
    [[AUTH0_CLIENT_SECRET=yS6fO0wmksb_wvixIBF3hkVsr3rpCp0iIV1nBDTwC-OHI2zLKAV0NSL2koLX_rOC]],
    [[  auth0_client_secret: "jriv8hCk516RPvXDvBQrrOUg7r44gcsHKgwIjv8Ua2PJ_WnwkUN1QXqijR551Lxd"]],
  },
  negative_examples = {
    [[AUTH0_CLIENT_ID=Zk3Lq9Xw2Bv7Nm4Pc8Rt1Yh6Jd5Fs0Ga]],
    [[AUTH0_CLIENT_SECRET=<your-client-secret>]],
  },
}

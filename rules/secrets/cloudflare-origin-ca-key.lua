return {
  id = "secrets.cloudflare-origin-ca-key",
  title = "Cloudflare Origin CA key",
  severity = "medium",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[A Cloudflare Origin CA key (service key). It is used only to create, list and revoke Origin CA certificates for the user's zones.

**Fix:** Change the Origin CA key (My Profile > API Tokens > Origin CA Key > Change), revoke any origin certificates you did not issue, and use an API token with the *SSL and Certificates* permission instead. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/",
    "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/",
  },
  pattern = [[\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b]],
  keywords = { "v1.0-" },
  entropy = 3.0,
  examples = {
    [[CF_ORIGIN_CA_KEY=v1.0-c688894b65785b2e9386443c-d9cf2cfc1e82778440c546896e69f7daa4fea3cdf7a1979aeef070e372ead2197e2765203324edc1331adb66106818193f54336ad8884e63d66b568d0c7487437ce5e0be1899031664]],
    [[  origin_ca_key: "v1.0-f3118952406838349444a2ae-308cdd27d890bdda5aaf98b663b505c5853eac43e730bd3ed3c657aff7b90bc37d0f37bba6e2bfb86a7489435c1c6c732624d397cd22c212f0b305cedc0de04b5d739cb46598fc532b"]],
  },
  negative_examples = {
    [[version: v1.0-39a7a647806f173af64d2000]],
    [[CF_ORIGIN_CA_KEY=v1.0-<key>]],
    [[v1.0-63321f439700da1a7da01fad-369d0e3cac06729150de26208798ea4cfcc5725717e23dfb6c36bc0d5346757a55fd2e8c2cd4fc92669ff5b0d93593d86973]],
  },
}

return {
  id = "secrets.cloudinary-account-url",
  title = "Cloudinary provisioning (account) environment variable with secret",
  severity = "critical",
  tags = { "secrets", "cloudinary" },
  applies_to = { "*" },
  help = [[The Cloudinary provisioning environment variable (`CLOUDINARY_ACCOUNT_URL=account://KEY:SECRET@ACCOUNT_ID`). Its secret authenticates the account-level Provisioning API, which creates, changes and deletes product environments, users, user groups and the product environments' API keys across the whole Cloudinary account.

**Fix:** Generate a new account API (provisioning) key in the Cloudinary Console (*Settings > Account API Keys*), switch automation to it, then disable and delete the leaked key; review the account's users and API keys for additions. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://cloudinary.com/documentation/provisioning_api",
    "https://cloudinary.com/documentation/provisioning_api_1",
  },
  pattern = [[\baccount://[A-Za-z0-9]{6,40}:([A-Za-z0-9_\-]{20,60})@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b]],
  keywords = { "account://" },
  entropy = 3.5,
  examples = {
    [[CLOUDINARY_ACCOUNT_URL=account://205213732828676:KlXfFcfSPbm3vQWcJuRCM1KgQN4@d1ba29fd-a31a-f621-4ef5-ee368d22ef7f]],
    [[  provisioning_url: "account://494559328419165:zHNyoZsn_jUgKZQhMJXuj5tdzjm@64887f19-232a-868b-6cfe-b9e25414b969"]],
  },
  negative_examples = {
    [[CLOUDINARY_ACCOUNT_URL=account://<PROVISIONING_KEY>:<PROVISIONING_SECRET>@<ACCOUNT_ID>]],
    [[CLOUDINARY_ACCOUNT_URL=account://123456789012345:${CLOUDINARY_PROVISIONING_SECRET}@188ff065-1753-9dda-28b7-ccfd6a2bddb5]],
    [[ldap_bind = account://svc-reader:5ddsDcrpvfOw9YOAy2ztpp2b@ldap.example.net]],
  },
}

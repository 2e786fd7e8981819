return {
  id = "secrets.xendit-development-secret-key",
  title = "Xendit test secret API key",
  severity = "medium",
  tags = { "secrets", "xendit" },
  applies_to = { "*" },
  help = [[A Xendit test-mode secret API key (`xnd_development_…`). It performs API requests in test mode only (simulated invoices, payments and disbursements) with the permissions set on the key.

**Fix:** Delete the key in the Xendit Dashboard in Test Mode (*Settings > Developers > API Keys*) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.xendit.co/api-integration/api-keys",
    "https://help.xendit.co/hc/en-us/articles/16516398053273-What-is-API-Key-and-How-Do-I-Create-Them",
  },
  pattern = [[\b(xnd_development_[A-Za-z0-9+/]{40,100}={0,2})(?:[^A-Za-z0-9+/=_]|$)]],
  keywords = { "xnd_development_" },
  entropy = 4.0,
  examples = {
    [[XENDIT_SECRET_KEY=xnd_development_BEVNbJKfMJUDGpFY8nkeCdSBV6nqLa1VpOBWj1DM44iFla3EKEKUwucwFaxqQu7I]],
    [[$apiKey = "xnd_development_m1vcaKfsauFFXgmMfk6XOnjfqDAtaPfaBfDGpc2sjKtyapGv8VulqZvY7hfmDSym";]],
  },
  negative_examples = {
    [[XENDIT_SECRET_KEY=xnd_development_dummy]],
    [[XENDIT_PUBLIC_KEY=xnd_public_development_u046nPnXZS3eCPTNiVyQ5Z46TRYlvjRNdyT5Dowa7MCwIWM6CWdXTAkWWMyWJolS]],
    [[XENDIT_SECRET_KEY=xnd_development_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}

return {
  id = "secrets.bcrypt-password-hash",
  title = "bcrypt password hash",
  severity = "medium",
  tags = { "secrets", "generic", "password-hash" },
  applies_to = { "*" },
  help = [[A bcrypt password hash in the modular crypt format (`$2a$`, `$2b$`, `$2x$` or `$2y$`, a two-digit cost, then the salt and the hash). It is not the password itself, but anyone who has it can run an offline guessing attack at their own pace, with no lockout and no log: weak or reused passwords fall quickly, and a seeded or default account's hash in a repository usually means the same password works on every deployment built from it.

**Fix:** Treat the password behind the hash as exposed: set a new, random password for the account on every system that used this hash (and anywhere the same password was reused), and have the application create initial accounts from a value supplied at deploy time rather than from a hash committed to the repository. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://man.archlinux.org/man/crypt.5",
    "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
  },
  -- Shape from crypt(5) (libxcrypt), section bcrypt: \$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}, cost 4 to 31.
  -- The character after the 53 must not continue the hash (no \b: '.' and '/' are not word characters).
  pattern = [[(\$2[abxy]\$(?:0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53})(?:[^./A-Za-z0-9$]|$)]],
  keywords = { "$2a$", "$2b$", "$2x$", "$2y$" },
  entropy = 4.0,
  examples = {
    [[ADMIN_PASSWORD_HASH="$2b$12$Oc8DgZ21o3biiEH442kTUxm209oTfRq10Y2bdgd9U3EpvMtBcuPAD"]],
    [[ops:$2y$10$ZIZwXFM/7GcQAYF4XWYiqea8vBNXZ5W/XWRDtDk0Xd0uEdrxpOx96]],
  },
  negative_examples = {
    [[ADMIN_PASSWORD_HASH=$2b$12$Oc8DgZ21o3biiEH442kTUxm209oTfRq10Y2bdgd9U3EpvMtBcuPA]],
    [[ADMIN_PASSWORD_HASH=$2b$3$Oc8DgZ21o3biiEH442kTUxm209oTfRq10Y2bdgd9U3EpvMtBcuPAD]],
    [[ADMIN_PASSWORD_HASH=$2b$12$.....................................................]],
    [[ADMIN_PASSWORD_HASH=${ADMIN_PASSWORD_HASH}]],
    [[ADMIN_PASSWORD_HASH=$2z$12$Oc8DgZ21o3biiEH442kTUxm209oTfRq10Y2bdgd9U3EpvMtBcuPAD]],
  },
}

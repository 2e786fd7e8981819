return {
  id = "secrets.md5-crypt-password-hash",
  title = "MD5-crypt password hash ($1$)",
  severity = "medium",
  tags = { "secrets", "generic", "password-hash" },
  applies_to = { "*" },
  help = [[An md5crypt (`$1$`) password hash, the legacy FreeBSD/Linux shadow format still produced by `openssl passwd -1` and found in old images, router and appliance configurations. It is not the password itself, but md5crypt is fast to attack: anyone who has the hash can guess the password offline, without lockout or log, far faster than with bcrypt or SHA-crypt.

**Fix:** Treat the password behind the hash as exposed: set a new, random password (or lock password login and use keys) on every machine or image built with this hash and wherever the same password was reused, and supply the hash at build or boot time from a secret store instead of committing it. Use yescrypt, SHA-crypt or bcrypt for the new hash. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://man.archlinux.org/man/crypt.5",
    "https://docs.openssl.org/3.1/man1/openssl-passwd/",
  },
  -- Shape from crypt(5) (libxcrypt), section md5crypt: \$1\$[^$:\n]{1,8}\$[./0-9A-Za-z]{22}; the salt is limited
  -- here to crypt's base64 alphabet, which is what generators produce ('$1$' alone is common in regex replacements).
  pattern = [[(\$1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22})(?:[^./0-9A-Za-z$]|$)]],
  keywords = { "$1$" },
  entropy = 3.8,
  examples = {
    [[operator:$1$pvkY4JFm$6wuERHMvxuPkwHwitMKow7:19000:0:99999:7:::]],
    [[  admin_password_hash: "$1$0644SfyE$VYLhrZP.SLzGYYed72RLv0"]],
  },
  negative_examples = {
    [[  rewrite: "s/^(.*)$/$1$2/"]],
    [[operator:*:19000:0:99999:7:::]],
    [[  admin_password_hash: "${ADMIN_HASH}"]],
    [[  admin_password_hash: "$1$pvkY4JFm$6wuERHMvxuPkwHwitMK"]],
    [[  admin_password_hash: "$1$salt$......................"]],
  },
}

return {
  id = "secrets.yescrypt-password-hash",
  title = "yescrypt password hash ($y$)",
  severity = "medium",
  tags = { "secrets", "generic", "password-hash" },
  applies_to = { "*" },
  help = [[A yescrypt (`$y$`) or gost-yescrypt (`$gy$`) password hash, the default format of `/etc/shadow` on current Debian, Ubuntu and Fedora. It is not the password itself, but anyone who has it can guess the password offline at their own pace, without lockout or log.

**Fix:** Treat the password behind the hash as exposed: set a new, random password (or lock password login and use keys) on every machine or image built with this hash and wherever the same password was reused, and supply the hash at build or boot time from a secret store instead of committing it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://man.archlinux.org/man/crypt.5",
    "https://www.openwall.com/yescrypt/",
  },
  -- Shape from crypt(5) (libxcrypt), section yescrypt: \$y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{,86}\$[./A-Za-z0-9]{43}
  -- (the parameter field is bounded here to 32 characters, the salt required to be non-empty).
  pattern = [[(\$g?y\$[./A-Za-z0-9]{1,32}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43})(?:[^./A-Za-z0-9$]|$)]],
  keywords = { "$y$", "$gy$" },
  entropy = 4.0,
  examples = {
    [[admin:$y$j9T$aVYvmvA2OvAdCZuYFOZaR0$h7kpL8qxiwbHvLicAXzWYu/biHhdqPZMAaD4jtiPuyR:20100:0:99999:7:::]],
    [[    passwd: '$y$jDT$UmBCYGy.oLPL6YzpXjy5zBA2$FXm9ftymkaQkGpDnKNhkjfODpdIM4U0Cu6dEAN9CSli']],
  },
  negative_examples = {
    [[admin:!*:20100:0:99999:7:::]],
    [[    passwd: ${ADMIN_PASSWORD_HASH}]],
    [[    passwd: $y$j9T$aVYvmvA2OvAdCZuYFOZaR0$h7kpL8qxiwbHvLicAXzWYu/biHhdqPZMAaD4jti]],
    [[    passwd: $y$j9T$salt$...........................................]],
  },
}

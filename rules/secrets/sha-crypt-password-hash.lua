return {
  id = "secrets.sha-crypt-password-hash",
  title = "SHA-crypt password hash ($5$ / $6$)",
  severity = "medium",
  tags = { "secrets", "generic", "password-hash" },
  applies_to = { "*" },
  help = [[A sha256crypt (`$5$`) or sha512crypt (`$6$`) password hash, the format of `/etc/shadow` on most Linux distributions and of cloud-init's `passwd:` and Ansible's `password_hash` output. It is not the password itself, but anyone who has it can guess the password offline at their own pace, without lockout or log.

**Fix:** Treat the password behind the hash as exposed: set a new, random password (or lock password login and use keys) on every machine or image built with this hash and wherever the same password was reused, and supply the hash at build or boot time from a secret store instead of committing it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://man.archlinux.org/man/crypt.5",
    "https://www.akkadia.org/drepper/SHA-crypt.txt",
    "https://cloudinit.readthedocs.io/en/latest/topics/examples.html",
  },
  -- Shapes from crypt(5) (libxcrypt), sections sha512crypt and sha256crypt: optional rounds=N$, a salt of up to
  -- 16 characters, then 86 (SHA-512) or 43 (SHA-256) characters of crypt's base64 alphabet. The salt is limited
  -- here to that alphabet, which is what crypt_gensalt, mkpasswd and openssl passwd generate.
  pattern = [[(\$(?:6\$(?:rounds=[1-9][0-9]{3,8}\$)?[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{86}|5\$(?:rounds=[1-9][0-9]{3,8}\$)?[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{43}))(?:[^./0-9A-Za-z$]|$)]],
  keywords = { "$5$", "$6$" },
  entropy = 4.0,
  examples = {
    [[root:$6$mLV4nqi1KL.qqCRA$BNFC3KagtVdi0qfHYHCEwrJjNG/LMi2/PRMAttfu00sKrbV5Osytt5.RS3Ajz470bLp6R0UxL4UWAMMTelDRhF:19876:0:99999:7:::]],
    [[    passwd: $6$rounds=656000$P9KKEuN3n4Ne$19dXtWuYiJHpOG7FhyPGpV6PiXf5btmZ2Zpbqij8qLOMwgi814QemllwR9D/hBOVlObVVx.owDKJIo0EFxpT.8]],
    [[ROOT_HASH="$5$wISpG/S5uhmqZs3x$xdGDwjDxTdL4hUCSOIKyUK33GmFJPXCtHEK3KgWuPaV"]],
  },
  negative_examples = {
    [[root:*:19876:0:99999:7:::]],
    [[root:!:19876:0:99999:7:::]],
    [[    passwd: ${ROOT_PASSWORD_HASH}]],
    [[    passwd: $6$mLV4nqi1KL.qqCRA$BNFC3KagtVdi0qfHYHCEwrJjNG/LMi2/PRMAttfu00sKrbV5Osytt5.RS3Ajz470bLp6R0UxL4UWAMM]],
    [[    passwd: $6$saltsalt$......................................................................................]],
  },
}

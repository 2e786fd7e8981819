return {
  id = "secrets.kerberos-roast-hash",
  title = "Kerberos AS-REP / TGS-REP roast hash",
  severity = "high",
  tags = { "secrets", "generic", "kerberos" },
  applies_to = { "*" },
  help = [[A Kerberos hash string as the password-cracking tools write it: `$krb5asrep$` (AS-REP roasting, the reply for an account with pre-authentication disabled) or `$krb5tgs$` (Kerberoasting, a service ticket for an account with an SPN). The encrypted part is keyed with the account's password, so anyone who has the string can crack the password offline; service accounts behind SPNs often have broad rights and old passwords.

**Fix:** Treat the account's password as exposed: reset the password of the account named in the string (and of every other account from the same dump) to a long random value, prefer a group managed service account (gMSA), enforce AES-only encryption types, re-enable Kerberos pre-authentication for AS-REP roastable users, and keep assessment output out of repositories. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://hashcat.net/wiki/doku.php?id=example_hashes",
    "https://github.com/hashcat/hashcat/pull/1955",
    "https://www.mwrcybersec.com/roasting-aes-as-reps",
  },
  -- Formats from hashcat's example hashes (modes 13100, 19600, 19700, 18200, 32100, 32200): the tag, an optional
  -- etype (23 RC4, 17/18 AES), the user / realm / SPN fields, a checksum (32 hex for RC4, 24 hex for AES), then the
  -- encrypted part in hex. Fields may contain ':' and '/' (an SPN with a port), hence the lazy field run.
  pattern = [[(\$krb5(?:asrep|tgs)\$(?:(?:23|17|18)\$)?[^\s"'<>`]+?[$:][0-9a-fA-F]{24,32}\$[0-9a-fA-F]{64,})]],
  keywords = { "$krb5asrep$", "$krb5tgs$" },
  entropy = 3.5,
  examples = {
    [[$krb5asrep$23$svc-backup@CORP.ACME.NET:af19937832d0af11624ec9d02f07ed3b$b431febc3287bbf08fb2330d30201c7954bb0734bc1c5b6afa39b2739e2929265712420e277b05513a89dda84f08bfc73a06469c24f3adadc460045a3d1b5340ea2c9f04775dc176fe6b97e74eac5184eacb9c0accbc741fadcb6621201335dcca56d201c5db6cc342ead2ef1eb86346d814fdd7]],
    [[$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01.corp.local:1433*$66ffd5fec07f91aaf859be19b1f924dd$b3e8ef562cb8b1fdcde1a4f38ebd8fa7e87ef04dc2df8d823e5fbff90be4022c0c964a61154c8cb4724baeb62e3af83e323aee0bd90993c5f982a2214c3196d64e73f3ee09a4c02769e0b7c596e7be9b793b5389c4183a74177cde5563229690585d62b81fcde6d757b743566d362b96a47abdadb09901b0748148784eaffb0f623de5039c88d35fa9fe0906]],
    [[hash = "$krb5tgs$18$svc_web$CORP.LOCAL$*HTTP/web01.corp.local*$7802c77ef697a1779e31818e$c16b52bd759cc04bcb089ae78f2e69d178eea03965a276137503edad099eaf1a13ee9c035c1ed914973453ac4f2e81d6bb06f845ebca2920ceb397851459088a1e49040fcf84619c2663aa92659cf1f68df4c48df443ad4d78a9f950aabbbefcb1e26fc88f50c3606a657ebc1f9c327cbe38ac2ca9435e7d"]],
  },
  negative_examples = {
    [[$krb5tgs$23$*user$realm$test/spn*$<checksum>$<edata2>]],
    [[hashcat -m 13100 -a 0 kerberoast.txt wordlist.txt   # lines start with $krb5tgs$23$]],
    [[$krb5asrep$23$user@domain.local:af19937832d0af11624ec9d02f07ed3b$b431febc3287bb]],
    [[$krb5asrep$23$user@domain.local:00000000000000000000000000000000$00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000]],
  },
}

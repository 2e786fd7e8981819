return {
  id = "secrets.ntlm-password-hash",
  title = "NTLM password hash (pwdump / secretsdump line)",
  severity = "high",
  tags = { "secrets", "generic", "ntlm" },
  applies_to = { "*" },
  help = [[A Windows account's NT hash in the pwdump line format that secretsdump, pwdump and similar tools print (`user:RID:LMhash:NThash:::`). The NT hash is a password equivalent: NTLM authentication accepts it directly (pass-the-hash), so it gives the account's access to SMB, WinRM, RDP with restricted admin, LDAP and every other NTLM service without cracking anything.

**Fix:** Reset the password of every account in the dump (twice for `krbtgt`, with replication in between, if the dump came from a domain controller), investigate how the dump was taken, and keep assessment output out of repositories. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://github.com/fortra/impacket/blob/master/examples/secretsdump.py",
    "https://hashcat.net/wiki/doku.php?id=example_hashes",
    "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/464551a8-9fc4-428e-b3d3-bc5bfb2e73a5",
  },
  -- A whole pwdump line is required (user, numeric RID, LM field, NT hash, ':::'), so that a lone 32-hex value
  -- (an MD5, a UUID without dashes) is never reported. The NT hash of the empty password is not a secret.
  pattern = [[(?m)(?:^|[ \t])[^:\x00-\x20]{1,128}:[0-9]{1,10}:(?:[0-9A-Fa-f]{32}|NO PASSWORD\*{21}|\*{32}):([0-9A-Fa-f]{32}):::]],
  keywords = { ":::" },
  entropy = 3.0,
  allow = {
    [[(?i)^31d6cfe0d16ae931b73c59d7e0c089c0$]],
  },
  examples = {
    [[Administrator:500:aad3b435b51404eeaad3b435b51404ee:63dbce3d75cad936bd7c425510632e1b:::]],
    [[CORP.LOCAL\svc_backup:1107:b141679712fdd516a05cac139f3a01f4:db2097761162a21b0185aabf6f7614c4:::]],
  },
  negative_examples = {
    [[Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::]],
    [[md5sum: 63dbce3d75cad936bd7c425510632e1b]],
    [[Administrator:500:aad3b435b51404eeaad3b435b51404ee:63dbce3d75cad936bd7c425510632e:::]],
    [[Administrator:500:LMHASH:NTHASH:::]],
    [[listen [::]:80; server_name _; # 63dbce3d75cad936bd7c425510632e1b]],
  },
}

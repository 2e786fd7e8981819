return {
  id = "secrets.private-key-openssh",
  title = "OpenSSH private key",
  severity = "critical",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[A private key in OpenSSH's own format (default for `ssh-keygen` since 7.8; Ed25519, ECDSA, RSA). It logs in wherever its public key is in `authorized_keys`, including deploy keys on GitHub/GitLab and CI runners' hosts. Keys protected by a passphrase use the same envelope and cannot be told apart without decoding, so all are reported.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
    "https://man.openbsd.org/ssh-keygen.1",
    "https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key",
  },
  pattern = [[(-----BEGIN OPENSSH PRIVATE KEY-----(?:\s|\\[nr])*b3BlbnNzaC1rZXktdjE(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END OPENSSH PRIVATE KEY-----)]],
  keywords = { "BEGIN OPENSSH PRIVATE KEY" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAAp6Zak2Yh0q7GGF7ziov2eINvvvtf8MNPcNsxzwM9
cpF24O1E5n6xuaWXxeDzswnrfqAsH+u07Tu9uCQoB90bth+qPj8QLzH7l9M1MlEL
vYsYwYJ2Mm6xFhrqmfm52sDUdsfyGq8V5yqnl6WqzPr7rDLOYS2UXpZlAhPU7gbg
VuJYNNneAgrEkB6+rfKV662j2Aanv1urOfXUvWZhAHVFFLwrY9mIPfTShcRTbxhJ
N0M1hvb9lZs0gn3KPnTdNTqWfogInXLKejIeE2Tr72EcjfbQ74oDuUyEKigQ5Vn7
VEOX5gnE9QXIowcN93ukdgPnL2E+u0YuOBV2BtMw/efpJjYB+VVmjh/MUPX5LhFR
cwr6OMLrY9y7qPtPaGDPpbVs7v0+5aSiYS5Ydg2NcJPan811SwWa5R68AURR1uSb
CQiBDD3AenT0t/Kj0t3Vj794jhK2tfA9Yyoj3Amdt2i9YbQBmTmGf21mkel4mVcT
3CninAOYYiTJj4ey51QE8SPl7Bj7AH41/AaYVedhtyUf+6UHZzV8yNxzqbtp5rx/
izPUfhF1qdnCRjPJ5mpLHa==
-----END OPENSSH PRIVATE KEY-----]],
    [[  private_key: |
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAAuN5I9Wm6d7htU2xOjY+JlS0rBLIgpAsAiM21BoVE
    KpRhgL+wzDz2K6nvf4h4yQhZS0p2S1aldhrmcFq5pWoj0GB88M7hOFoxu5kNeLRb
    LKIK6MMBCvp3MHF9gGY8wjlc6Blq5UM0AIotCH3t+4eTuJ7Pt3JI8WsPy57BOvFe
    DlT5a5z0QI747m7/1BDSUn/wjPDATmXENrEe9NESWMIpdkXtWm+ZMAjZwq/zkCG4
    P37M6Jrmb2OVrJtElm4M1JO77KFzBPVjbcqXh+85quYa6698lEZjDaGT/Q3631Kp
    Al26mlBOyCxXSDlUe+btQF==
    -----END OPENSSH PRIVATE KEY-----]],
    [[{"signing_key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAoaQg7NvK+qy/do283+yyg1bA6bLhfNoXhAeInlLA\nwgPrIahdyeePU0EdB2yWRLBurFPrBfWKe7yUvFbfKyCOPeWcz3DWaS1WK7rJ95HQ\ncI1fP4EVZUMTmdgf/qpL9oRB88D74N8nW9eLd01SHp5ec+dqcKQbZ1Oepn9kMS6E\nGv1trgLNkzxxGp8svl1jHTA6Z44P16bBHNXg5OvYBoLg4UPQeuVsCZr3Lks+z6GM\nKXzFNYJx335rW9i2nnL+nU==\n-----END OPENSSH PRIVATE KEY-----"}]],
  },
  negative_examples = {
    [[ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIR0Y102dy/UVKlmWtKeKsvLjziQ81kV06+lP5BJdJUkO deploy@ci]],
    [[-----BEGIN OPENSSH PRIVATE KEY-----
...
-----END OPENSSH PRIVATE KEY-----]],
    [[-----BEGIN OPENSSH PRIVATE KEY-----
<your key here>
-----END OPENSSH PRIVATE KEY-----]],
    [[-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEE1+DLg2I3PSgYSixP5CoOMzsq60gGN0PvHzzUs6eEkxK
LI10LLwho2kuWuAMAZ76SCuUYvstkesAecqsu31/Gn05xGkqVZUgcIWf7jWg2CrJ
Wi9PsI2CaynM+v1Z65aE4S0NUDmHsV==
-----END CERTIFICATE-----]],
  },
}

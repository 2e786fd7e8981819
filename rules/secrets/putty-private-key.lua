return {
  id = "secrets.putty-private-key",
  title = "PuTTY private key file (PPK)",
  severity = "critical",
  tags = { "secrets", "private-key", "putty" },
  applies_to = { "*" },
  help = [[An SSH private key in PuTTY's PPK format, used by PuTTY, Pageant, WinSCP and FileZilla. It logs in wherever its public key is authorized. Keys with `Encryption: aes256-cbc` need their passphrase, but PPK files in repositories are usually unencrypted.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html",
    "https://the.earth.li/~sgtatham/putty/0.81/htmldoc/Chapter8.html",
  },
  pattern = [[(PuTTY-User-Key-File-[23]: [A-Za-z0-9\-@.]+\r?\nEncryption: [A-Za-z0-9\-]+\r?\nComment: [^\r\n]*\r?\nPublic-Lines: \d+\r?\n[A-Za-z0-9+/=\r\n]+(?:[A-Za-z0-9\-]+: [^\r\n]*\r?\n)*Private-Lines: \d+\r?\n[A-Za-z0-9+/=\r\n]{40,}Private-MAC: [0-9a-f]{40,64})]],
  keywords = { "PuTTY-User-Key-File" },
  entropy = 4.0,
  examples = {
    [[PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: deploy@bastion
Public-Lines: 3
9mU/XO0Yn/q46Vf0hjQ2DWAxlOBcdfNHlgmY0IT3ZZYNalf2SZmC4Qdr90VorCL+
XArSvpHdP93PIy5pnw/m/3ubfZtBseeLW3w7tITolmpYWDqoh4rU7fQlNJOEVpMk
UckPcVrOG9rhy0iRq1yW==
Private-Lines: 4
MhfHzlUH6w4oPoHXlZQXxzGWOylVJ8/7UJJnfia5YXBUW74Xd4TMmUiCzhyDNAxm
2nSrD6Qf+KI727NiQb7I8HXiV8frqZ+6DkxwCGT9zhCDweMQpX7g1atuJ+bwNdBm
qIcfyPgh0aou0XfB9HxRFGaVfn0JtzPWqrq8RSA9rwzQz7W6e2tWg4wU2W3oBlja
yCbS6azlbtG+PRJ4FE=
Private-MAC: 3d5efc8d4d34ec4541db357d4f97b06093a4094df02788fbe14acafc58b599bb]],
    [[PuTTY-User-Key-File-3: ssh-rsa
Encryption: aes256-cbc
Comment: deploy@bastion
Public-Lines: 3
gb2czVnrCwGlqsO8SEkLoKuunDYS4+V3+6/MJ2AeoLOdqgvB75Sd9bx9ubyd9NH1
etD4AAn4339Q3rIbrGNgm0tlFtN5rSCguG+s969eTj6dMg0p6Vz2piEnPPY6mtv2
bbA9NlRanqoqmVs8RmBY==
Key-Derivation: Argon2id
Argon2-Memory: 8192
Argon2-Passes: 21
Argon2-Parallelism: 1
Argon2-Salt: a66dcfbed5a1a68c4179351004a97514
Private-Lines: 4
ITeAndU/V02x4gx2AKBuDTOG7Wh4N4rFJscWerL57FQhZxLPAf4HO8N2f9E7fVLG
1NjQ6aB+cMG6PHxJrJ/0ocb8NiqZNvt5H78jMSIgLSbtp1XghgNugaVbRLJqfLQR
ozs01aBGsyVopfIy3m/uP5IQnjR8o7Cuy6HPZZG+vdV53opnCMXLpAmw9bY3HekA
TsD3jjCjPXsUfbejgU=
Private-MAC: 47278940f48da4c080497802bb5e2ed8e6bd107ecde96e87b78861864b97f08c]],
    [[PuTTY-User-Key-File-2: ssh-rsa
Encryption: none
Comment: deploy@bastion
Public-Lines: 3
ZV/4Dhr2ik0r2ZDXVW7deSAKAJipUgPVzS0UYoxTb0Rzcnn+beCX1mxX0FZDnbFt
UEgFv0LdjdKPOciU8QTuXXoB0Zf/sYhLHPtRrmtfDxsq3NsvFW6OWfXOOHqAkHxH
ry78WJGMsD5mnKScpZWw==
Private-Lines: 4
rCNyVINAcYYqHD3/r611OhJWR3dKxrbZbPpAZcRerK5a3fC/PsTfZ3h1fdlSA6I7
ATuyNuSf+ZTPFOwEANwdSCPmTBJLsbVGRk/Bl7sd8NjLTiZQF9gVOsq6x+vVbG1i
RIpQEMMQNE/0NwC3LltkYW3wAZkqdfCueSj4v0zk/0sPzBjgm9KktLGarc/BfSqY
qx2kRygnmmJ5pzt+vy=
Private-MAC: ad8ef2b91ea3dc1709dd03025124bdc2294718c1]],
  },
  negative_examples = {
    [[PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: <comment>
Public-Lines: 0
Private-Lines: 0
Private-MAC: <mac>]],
    [[---- BEGIN SSH2 PUBLIC KEY ----
Comment: "deploy@bastion"
AAAAB3NzaC1yc2EAAAADAQABAAABAQUgWZfUNlohZsXzHfZqtnydy9e3nczt4qjA
---- END SSH2 PUBLIC KEY ----]],
  },
}

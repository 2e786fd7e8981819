return {
  id = "secrets.private-key-rsa",
  title = "RSA private key (PKCS#1 PEM)",
  severity = "critical",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[An RSA private key in the traditional OpenSSL (PKCS#1) PEM encoding, unencrypted. It decrypts and signs as its owner: TLS server identity, SSH login, JWT signing, code or package signing, depending on where the public key is trusted.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
    "https://www.rfc-editor.org/rfc/rfc8017#appendix-A.1.2",
  },
  pattern = [[(-----BEGIN RSA PRIVATE KEY-----(?:\s|\\[nr])*M(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END RSA PRIVATE KEY-----)]],
  keywords = { "BEGIN RSA PRIVATE KEY" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA6rdMH+uYPR1Jh3GxOzfScgR+3MD9Rz1Ehn65nTDuRzLlEfvi
0LW0xGVcZ2DZcJAvj+JhNanbTg+JHtI2agUbXCbKUYPdXKlzVcfb8gmwnEUTpKnC
MvvfytZ23pzOiX3hGjBwvBbMDiivTP0MQ4fPJ4thsfhmjRkM78TqnZNkV1h2LubP
JAXtPC4OyBIgTr6IAuopeG6WblevxRotLeNO8tD0vNyvqeLHQEyKi1okB9eCLn/u
nLW8AkAqyimmvIfEPetrm7Ssn0qAlbXg3hLaB1fkiOJo6llLjYUtrmxBUZdytNch
Mac6ZrhbfIbA69ofVgrmba6WRk/7LPTqRZ9wpRpf1JhB2xdUHUmHmO2F2A6XrnDH
YG+q2zwcNoiuwPehOH3ixlJVw0NJBmYoTO6h+aIrXsmTzmBVWRJoXOnCd2qZRrDB
/fwuY9Y2oLXeTOFTPDZBCKmCuyqXv0QYdcDX7ertR8KbSQ3BSGZ8UY2Ucb/CpHMU
B76K3qT/M+mTPLaFfzbvU7MhAqXKYgaeWEVGA5pTFtFrItDLcTIzr+tUunkiJuxF
XbNPcwKPdlSTJMBHzXMp5N==
-----END RSA PRIVATE KEY-----]],
    [[  private_key: |
    -----BEGIN RSA PRIVATE KEY-----
    MIIEpAIBAAKCAQEAReUMEEWk71jibi9lrQhesKdL5F+Qcd+bQy/mG8nokqW6dh2r
    76tJS/VyQ0DcilcxW9ckM0lwVBTZYg+sJ73V0E29bXgqtBLNPu3biLMc8TTqAb7a
    MelaEzd7d2tKtSOzeSs5r09ITrTvqz/sUqe1ZoQKMmgzMQdyLz0oO9P/b8Qc7d1F
    p39bTn72q3kbvmgCtMhpxCYeAQmeCDug/LAPVlweDoNhUeZvNBziuwYCh8fhmGpv
    jOujKFt7+iosoIFw2TbhjL4h90lD9rsKhRR1I+PXmgOxkrh+bcnUMO/WgeHFZ3lH
    VFNOcKyiP5LMwXXAKOSK1A==
    -----END RSA PRIVATE KEY-----]],
    [[{"signing_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAovhXnCZikDcNkFhvcRk0s/wyY5jqiwA2azr3nAAGO6yPnoEw\nU5rYwlOnghIgfP/QuuYBxBogaauof5UFqpFSg0fpw6V4UqtHErcHNGrnZrWaKvSD\n89ZRqCSJ3J/D+b0+deAZTpaZxd37XdR7gqIiSM0Ajt04Mg+5/kDjkcb2Btz+oqGr\nG1NKHBAPOtnee9dkYguQYGLLO7YpGdzmDizjJ6v1COVj1NrXzAVn/l8wvI3KKJhB\n4hja0thmhFUKxCLurO9V8U==\n-----END RSA PRIVATE KEY-----"}]],
  },
  negative_examples = {
    [[-----BEGIN RSA PUBLIC KEY-----
M3iBNcKDOvCprMpQHtOyv36AVqjfCTVYto/yF+TSbfQbdPpF3AiymNnMyZboM4lC
7OQac8BTrMBT3BcQJkxtRVu3PnOioQ8MNbg6zG2gWMr1eWyFc/us23Kn11APGjsP
8rb5bDwOYVbQaxxJjUyno1N/i65qyXtVdNTpXfrfEoF59fkS2t36SlF3YQOLY97U
6fNn16E0ygZQgzrwGvZGtLlBVDtHB7kg/YPdB3Qti0FhUCzA6JrKkIH2SW+/m3ZR
eBiZfNhUv8IP9qKQQ8GESRmTMY1qwP85UcWHbYzLV0jkAPiQW47VLAZ97TrC2LFl
S4stEYz5L9prclJ7/D8h3/e3mihZ+5Ivle3x0/0FWFHV4M/bAFQZHBvPDOYIqOt0
Y/KY1/o530R3n49LD6qJs7mi7P6brHZ/6MZ3NjMLlSqM4sTB82hnjh5s5C9SJ1FI
gfxdQ6951LWVhBV60o3ydM77D7HKiH8vVrr967UIKHexAoO7dmpw2r3V/cUeGXyo
qyRsRxYxriCWSVd+DZn+jnUDcWwasK/cgsdSmTej/V0rhiP//+NfKUGvGQEBt9oH
JaFlg1IHVWEph4STDKiz5m==
-----END RSA PUBLIC KEY-----]],
    [[-----BEGIN RSA PRIVATE KEY-----
...
-----END RSA PRIVATE KEY-----]],
    [[-----BEGIN RSA PRIVATE KEY-----
<your key here>
-----END RSA PRIVATE KEY-----]],
    [[-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEE1+DLg2I3PSgYSixP5CoOMzsq60gGN0PvHzzUs6eEkxK
LI10LLwho2kuWuAMAZ76SCuUYvstkesAecqsu31/Gn05xGkqVZUgcIWf7jWg2CrJ
Wi9PsI2CaynM+v1Z65aE4S0NUDmHsV==
-----END CERTIFICATE-----]],
  },
}

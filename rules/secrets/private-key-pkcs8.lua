return {
  id = "secrets.private-key-pkcs8",
  title = "Private key (unencrypted PKCS#8 PEM)",
  severity = "critical",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[A private key of any algorithm (RSA, EC, Ed25519…) in unencrypted PKCS#8 PEM encoding, the default output of modern OpenSSL and of most cloud consoles. It signs and decrypts as its owner.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
    "https://www.rfc-editor.org/rfc/rfc5208",
  },
  pattern = [[(-----BEGIN PRIVATE KEY-----(?:\s|\\[nr])*M(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END PRIVATE KEY-----)]],
  keywords = { "BEGIN PRIVATE KEY" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCl3YrwE+6mXHsGll70XVuCYzdjSIEGwDk
n8p6SXScfJBVfo3zrmazCh99kg4AcO/o6BN9WMnp1ITCp++jb6uh7fM+C1E8/u4U
5QpWb7e7vZqlLMNhpivsZY3dWPvT01XwLWZxV8a781RuE61z5Z9JGO5xbH10Vok7
68J2GMQOM43cx41B1JelWrokd1XHNzgNRL2PRi73NZu9L5UX+9VnG5yzIa21crFs
z80rGXJH5BsQJ7c+P2yjlKQk1ef4/J8+iP1fXGAJvGFRvD67UtvbYAj+voWXO/DM
i00lXbPoKgJ/+0cV8w7jHpNdu/G4Ut4/GKB/O4Pq3C0iDxEWicge6spbAiYicY/x
ynot0PJIJ/oYxe9X+8TqBMpVxj2sNBSSe9fL+ARbIXWev4HQTlZyhbAc56CLd0+C
5VkUok0MvpOE59A2m4BZpkLidu5kT3bLNF0zt7M16dV+8w3EAkVhSLlz2PgnSkx1
r5R0bNpdV8flN23aySL8tZilvPJhZgJb/0B0Xs56gcgUwVGOJtsxl+7P9DdciN5e
N8At8rnwyHynCwEhDNRfx3==
-----END PRIVATE KEY-----]],
    [[  private_key: |
    -----BEGIN PRIVATE KEY-----
    MIIEvgIBADANBgkqhkiG9w0BAQEFAASCYYsN+qf7cq9mDKx5To7hyqZAZdUviNx4
    zIP2aDI6du06gx+ZPdsqtoAuDiRzlu+hZAyHZCowldGTaijQVQhfH3rfDgcg0SPV
    HJaxnofSLPooVhfHgMra6WCNOKPib4XPitkMlt98EAPwLC4UFSrmTYzTzSQclcHr
    LCyiTBabF/MUdvmWokz4o8CJWT7TeClay1cCp62tUDLs3EF/g9PErEXuKtwBE1xg
    obYWTLHokKjnRYfaCpVhmWAyu1yIo5dqJh0ZEAQyghtTIPcMxLIciSmivn0sUPKW
    qzhbgAX5U4E6n0kUiFgYeQ==
    -----END PRIVATE KEY-----]],
    [[{"signing_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCM+2pjzTfILixjeVQQ1oO3UJGm5eQR4EM\nwECELw/vAD5ipNQDYWnIGz1c61hi9KkVAURPqodTSVdwg+hDNT5zEuA0ENHQP47m\nmT8WXbrgnBD9iJDsMSp51BirmW8oWs7b2Lc9MVwdhymSR/BcNiq6hzcf0QjJ42n5\nfoFturqlcrdbAVKzzv/vMLpvrdO3XczA3w+TbEhZLdX60Da/TAPfmCnuFF2okyea\nBKhoZrG/9mk3w+IZEIwM7M==\n-----END PRIVATE KEY-----"}]],
  },
  negative_examples = {
    [[-----BEGIN PUBLIC KEY-----
MdwhT1HdcvsuiwHWMwTQ6LybtnRhiJjDNSUumHcvnow46sNbin7dtsFOG4UYXsom
cZnN41WtiRPZDLPuRlcSZtbiE60E+0O5fNjv2yIVw6pCCxXzyLMqbDFIU4xaaCkr
JajMn4LIpjXKDZKVyTHHFS9wsSgx7ceSlcEtkhLFaRHTUrFgcn6rV7Iy6nUkC3wY
8MCN2OpIguaWAG+3Tjk6DvH+GtF0U16qnp7slnVz2Co/x6KM38byhfnnhnjlvsRf
Aq7eDiTTeSzV8Kxmh8e43udYGhKR65VpekNA08ukmZMdQ7RJSanTc5PvJ8IX4ygj
i7VkufA/T+VC7ZwfOtl695jbXHCiSCcZGlzukQvR9Ccbi/N81nXV/N9Nana2HFRp
GNSeXVuMacxZwbnSS8DAj/7HVP9Rzn6B5Fr4rwcS4iYEoTXGuV6T9mnatCLsY4Ha
JtDXm3OD2m5K8BlQjdJPS38TvESYUevYi10ia2TKUP/Jh1aVIuUAJIIGV92My2oo
MN+pZKPEMOGm6BtH7ga6IVMahxwRlFrhIgBMg1Z6Fn5o4KHsVVymG0nxmM4Hjoh7
tfFLVeDEQI3HzcAVR9UT8n==
-----END PUBLIC KEY-----]],
    [[-----BEGIN PRIVATE KEY-----
...
-----END PRIVATE KEY-----]],
    [[-----BEGIN PRIVATE KEY-----
<your key here>
-----END PRIVATE KEY-----]],
    [[-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEE1+DLg2I3PSgYSixP5CoOMzsq60gGN0PvHzzUs6eEkxK
LI10LLwho2kuWuAMAZ76SCuUYvstkesAecqsu31/Gn05xGkqVZUgcIWf7jWg2CrJ
Wi9PsI2CaynM+v1Z65aE4S0NUDmHsV==
-----END CERTIFICATE-----]],
    [[-----BEGIN PRIVATE KEY-----
-----END PRIVATE KEY-----]],
  },
}

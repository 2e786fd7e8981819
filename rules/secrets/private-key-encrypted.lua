return {
  id = "secrets.private-key-encrypted",
  title = "Encrypted private key (PEM)",
  severity = "medium",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[A private key encrypted with a passphrase: PKCS#8 `EncryptedPrivateKeyInfo` (RFC 5958) or OpenSSL's legacy PEM encryption (`Proc-Type: 4,ENCRYPTED` with a `DEK-Info` line). It is useless without the passphrase, but the passphrase is often weak, reused or committed nearby, and an attacker can brute-force it offline forever.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. If the passphrase was ever committed or shared, treat the key exactly like an unencrypted one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
    "https://www.rfc-editor.org/rfc/rfc5958#section-3",
    "https://www.rfc-editor.org/rfc/rfc1421",
  },
  pattern = [[(-----BEGIN ENCRYPTED PRIVATE KEY-----(?:\s|\\[nr])*M(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END ENCRYPTED PRIVATE KEY-----|-----BEGIN (?:RSA|EC|DSA) PRIVATE KEY-----(?:\s|\\[nr])*Proc-Type: 4,ENCRYPTED(?:\s|\\[nr])*DEK-Info: [A-Z0-9\-]+,[A-Fa-f0-9]{16,32}(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END (?:RSA|EC|DSA) PRIVATE KEY-----)]],
  keywords = { "BEGIN ENCRYPTED PRIVATE KEY", "Proc-Type: 4,ENCRYPTED" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIFldwhpBXuxxoX5PI
eDCHnS25jEiVOiQxtJ11HyTsazn+FQjwTMYqflulvUUvT8ijpfYG7CxBhiRui9TL
cWxfFUPw3ulD5H5eSfDYbl7nmH4ChgjgHcqh0HmksYIY8JkO7DmrnTiAiiTzuLuw
NHPNSTk1XFdiGRtMikwbVwpNwMGYoJwijSNLtry8KqzvegRN/raG2O8mc+UuMx0Q
0Cbrx8VYP3l1451xC1Li0ZlKkU5wu2KYnZ+sEuSLbAD449n61dYty2ZKu5tpUKQc
1WnaiNEPt7ePBDm+9TolzteleegoC4/HsNpRtNaD9EMTAi2UoBNjPYZnvy0IFOSo
P/GkfPgtBbf1VnMAKySnaJ/NKoHGf00xhbW4JWQwuuAsoR3jtyQwR1Bk0WeyEekX
Kq0hRXstxH62IabS+5r2fW5ebu4ws2KizWorD8ncNGqYynZMF6qXRrX9ce8/G7n7
6rVhVtqrU1BM4Kr62G/k==
-----END ENCRYPTED PRIVATE KEY-----]],
    [[-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,D1746B38F65C9E088B6396A7871850EF

zHdJ75WerC/FChQVdhJ/aswiJq018hsUDxEpUFQGwynMQPAdlEsiIDxBvx6KD4si
LPXHbuaNtf5VBUm7usrOKjsyo9wftctxY/Dsy+YXFsh5qLkwkpsPQEUKdOU5crnh
fDAPqTVHUK68wVxB5lXKJEuGNIMlshNw04SHM2DG54/Ln8i2svt78WexcWFSix14
VEfSPg7RZy+w9opBV0MH1Vi6m5/HCJG64MP9x2P9BLrOPZXBC4XyDJLEjhSMuAC2
p6f71TeE8axw/mCZuONJWqswSEfsjULka3rgZCK1d/+J98UK4oZNe6zo/xON4HDe
zjWwQ8fqIdMktHWG/jeAnnJ78+Rr53PeDwx9Zf73E4zK/UUQaFPMJEthNK4dvipm
Cz18QZA6m9ehJTWNX6ivUhH3AoQoahiW3emzCKYuiXetiWKJrKq02/K26r18s+Mj
ikinbhofmnXPA/fh9S23==
-----END RSA PRIVATE KEY-----]],
  },
  negative_examples = {
    [[-----BEGIN ENCRYPTED PRIVATE KEY-----
<encrypted key>
-----END ENCRYPTED PRIVATE KEY-----]],
    [[-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7+QgscF1VDsq1udyS2K2
l1bUmw0NbsYTKc67kH8do/hZkn9b1Xz+Rc/Y45feDLvCG9i2r4hnyqEWWXYHGhBq
SWxA21CTjNFliCBOpQvk8r+BcVyRAQ2H+Ajjr427IDAQAB
-----END PUBLIC KEY-----]],
    [[-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,...
-----END RSA PRIVATE KEY-----]],
  },
}

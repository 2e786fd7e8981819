return {
  id = "secrets.jwk-private-key",
  title = "JSON Web Key private key",
  severity = "high",
  tags = { "secrets", "jwk" },
  applies_to = { "*" },
  help = [[A private key written as a JSON Web Key (RFC 7517): an RSA, EC or OKP key object whose `d` member holds the private exponent or scalar. ACME clients keep their account key in this form (certbot's `private_key.json`), and it is also how OIDC providers, JWT issuers and JOSE libraries store signing keys. Whoever holds it can sign as the key's owner: deactivate the ACME account, revoke its certificates and order new ones for domains whose authorisations are still valid, or mint tokens that services trusting the public key accept.

**Fix:** Replace the key: for an ACME account, register a new account key (`certbot update_account`, or the client's key-rollover command) and deactivate the old account; for a signing key, publish a new key in the JWKS, move issuers to it and remove the old one so that its signatures stop being accepted. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.2",
    "https://datatracker.ietf.org/doc/html/rfc7518#section-6.3.2.1",
    "https://datatracker.ietf.org/doc/html/rfc8555#section-7.3.5",
  },
  pattern = [=["d"[ \t]*:[ \t]*"([A-Za-z0-9_\-]{43,1000})"]=],
  keywords = { "kty" },
  entropy = 4.0,
  allow = { [[^870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE$]], [[^X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH]] },
  examples = {
    [[{"n": "UHDZEd9OvhG6Pd7YyFsjqqHh946WYxrk-ybZziJJrsz0pKtvZqICq0JB8hbyxT_3KiWAMjmWfzmIfUDO_uoFzthGvLyyWC86yx7mH-nk0z48f3sUZP68ZXHn8NzFR78w0xFHltoCX0rRoL3Ji0GkKM1vyQxR0aIfgIz_9ROs9PILv7jrdbjVNFk_CzHqlqJZDA3JCh5rOaaT6phO5f_7Y4zPARboOxGRJ052TWusJRXiMZW3iWQ3QBQMBKQm_l1jozjSMWRH0_c7gPeFYwco0uP4P03EiNZcczIFEExYY86vtpd9WYrlytTAPW4EScJiZFUEHP-YDFYUg2n5M8hP_w", "e": "AQAB", "d": "AAsJN0lrQ7Kz4gGGDljQAvwAAfPUF7Vz6MuwFie_CEC3M_4QlsgHd5gMC7b3e1_PAVGRpHpNDcYxr8mfr9qWIMTOJGuICZi67PF5_0Mbg-sr9297qKT4POOR64beXoyCPkzNLw9207wRIwVJ2ArDr72624K7dRxhIjmJxPNrQIW-mOPKzh-uDr5qzdv0oyHPabRQnx3FDIsaPoDD-tSccdKwm4-8DL1zRWujRy6kPh0k_C6LrdRJPb5nivyu2f3CaWA7fAB6cGMEZqX9o1W-XLzWTVerBaO60PPS1jpNaTpF9sk-dYYXRWV1XWiHsJb6Lif__x7ORicgijoJb7KuRQ", "p": "csPW39TRCX20Cn6T-JkvcP8ZsJ4SysHLYD63l2CGLIrMeKfXbg4Fqf4HIJZzPdREb32uezqXPZZIW45CH2zJxrHyKmReiqvsZO_sL8jlUqrtOAezRgdY_uDId6gEQuO-TOmbGkb0ItZ1VKy1BLBr0TzSb1GilpTJ8IxvueP_Tek", "kty": "RSA"}]],
    [[{"kty":"EC","crv":"P-256","x":"FDVrBoIJUlp06sN73uvYM_V9fm3w9_R69cIfJoBDrGY","y":"aAiRsY_yTKdFO_JidLEIZBSJZLvIpjF2YpVSctz6Pis","d":"cr3CZqcseXr1jq-vvAlo_4TO4AiLpEQMuupnOag9F5w"}]],
  },
  negative_examples = {
    [[{"kty":"EC","crv":"P-256","x":"CFBqBs4BA5CMyvt4SDsAVCVzeZb1L3Ud_fobP3cBroo","y":"XJ5Bpkw3wQQeiwyklRb5c8Jx4BCg2JOr3z2h0szgGZU"}]],
    [[{"kty":"EC","crv":"P-256","d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE"}]],
    [[{"kty":"RSA","d":"${JWK_PRIVATE_EXPONENT}"}]],
    [[{"kty":"oct","kid":"k1","d":"short"}]],
  },
}

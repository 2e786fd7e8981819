return {
  id = "secrets.private-key-ec",
  title = "Elliptic-curve private key (SEC 1 PEM)",
  severity = "critical",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[An elliptic-curve private key in SEC 1 PEM encoding (OpenSSL's `EC PRIVATE KEY`), unencrypted. It signs as its owner (TLS, JWT ES256, SSH, code signing).

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
    "https://www.rfc-editor.org/rfc/rfc5915",
  },
  pattern = [[(-----BEGIN EC PRIVATE KEY-----(?:\s|\\[nr])*M(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END EC PRIVATE KEY-----)]],
  keywords = { "BEGIN EC PRIVATE KEY" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIblP3qOKm6kwy/nKuLlpWS/Yv4W/DxqNFE1BJt34Z2OLVxOYtxQ15K8y
VjGoX2OjqmxRtnQLgWhmeFrdBSh23gOQ60667OHISzY2N+vznbMV9ospIIhBMr6j
nnMXgi7HMlPry53+5COm3T9Dn2o59TYJQYFr32hLEHUBy1YAiif2IQIjQofKsAlh
XV3pwXI0Tu8wENtGvDUTtAN+wV78hqXSRcG4G0IA3MppXgpwh/39SxcOX+aLCVtQ
yqLmJ8RsJU4Al9kG1KBUGUne5htJsbYZBDOlmxAN/NSWrTYS1P9j8vajAlK1+Q2/
pzjKf1sZzwcDgstQEXSa8QzEv7U4VFw6BJBDk7rd++hBMLmM0uwxCc+rGVSW829B
crjP8LOkJyCVTY+tf53rmLEDsOeHOzQekQ/UPRkxc4kxTcLIfcKGNz+V/zkwR4ET
/yHewwI0jNZkAiv6bAeqnm/6CLG2rO1lKk/9qeXvX7oilPhDnTqG7sFUDt9rAY6e
Zxoa91o85LpSenUpu6VbsPdZJmnY72GURC68KG6gvUrcCgWxJhNqTjR8k+OBbImd
HmPx8y77QsbA8z87MNjPWl==
-----END EC PRIVATE KEY-----]],
    [[  private_key: |
    -----BEGIN EC PRIVATE KEY-----
    MHcCAQEEILZjkjyl7NF64CzgMXiKXOEH/vDNC90rsZtZzOOD7AbYDNxjmRBP4Dv7
    YKzlWPofMdgVvjMvbWEubZpTparoiappnCwRSW8V4rzWb/vzxb0Tu82p5Fv59gCw
    Ikg+EVF5V2hyu+SK/SjOSfl1NnnbzIvr/riepjTAKUs0748dbIYo5IjhbIMzxFFo
    Tmz/2VokLl6H/FPmsgSZd6hh9JWSJmcyRdeY7nAilVioHGL3r4Lxzb4eEbEe53rZ
    Ywdr/jU3ZqW1wdfQZDhgqR51l1EOKvIjA3YjoSwi0xGS5T6hMq42196MN0yFqQwj
    33BNUeQ2PKx8t0rmq9IxSK==
    -----END EC PRIVATE KEY-----]],
    [[{"signing_key": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEItCG6zdk5AGatDwQPCxdtbCAYkKdM/qFY7Iw51VaB0jPJJ7jZ3aTUgkw\nOkUrXlr2kpXH2O1CI+GNNYWCdaiSYxw1yMQCQREp7EgwdLimSRJJ3nzKJ1JaGibq\ncJWq9sVRMZ7uDbdMcJIxk/H5035cdwNjYIiut09chGjHDRRwaE2aanTXqNRdUTcL\n3CpWRCV0xkhd5XifXuya5OIxDyLU2fg/2cGdGKwsN3nz7cvG4qeC1z8Gu0px49FI\nRCTDX+ggZeJgk+T4D29lyi==\n-----END EC PRIVATE KEY-----"}]],
  },
  negative_examples = {
    [[-----BEGIN EC PUBLIC KEY-----
MX6AWRLsGBTWwOuroiJBiyT1xt5T+Ash+pxDc+q7Un1uMI75n6IYO3X/FgIwwXId
o5dSVM2kY/zsGM5JgHqLlD1nVsS1yMs9p+qayajvhm1TpkNYjy9S8BIxqIdoaLNv
uwAua4EgTBjwVRzFPzwXtfWwZsjkOjwGyXOw3zWv0RwB9WYcb1MbUznYYPFGMhGd
+QR+7VRQb8FNytXMhvv+bF4mYKHQv5DDAjnrJd4DjzsVkROE7SZsnJldn7/wWH48
BIs2XjUZUA0YCtuxglsBOijM/Ypp/nRTlmaDn8/pspva7lu0YLqQponpB0gR7vrD
PKpjlNG8HPyuyNRY3+cGGwI6PW/yg6ZPbnnTUrMTk1wodSGCMccInga9mU6lPELx
99O+saUOyDq+TBBEzEmYqa7TCM0OBaLLIYGBcA+XEdYLDYmIehh4vwoRtShKAj3Q
Ex/PmghszPONXSrN77eY2pQIft892MH6XMaRZc7qyE4B3n3ViD15tIsY8xqNO0So
FxWgbSwDRe6l6y6MvnrdwT16jE5tbqUB9oyuZKllH1P4lvPB2N9tgooHxi1aJh0s
MnMSery1uzv+wzgrMeLtXJ==
-----END EC PUBLIC KEY-----]],
    [[-----BEGIN EC PRIVATE KEY-----
...
-----END EC PRIVATE KEY-----]],
    [[-----BEGIN EC PRIVATE KEY-----
<your key here>
-----END EC PRIVATE KEY-----]],
    [[-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEE1+DLg2I3PSgYSixP5CoOMzsq60gGN0PvHzzUs6eEkxK
LI10LLwho2kuWuAMAZ76SCuUYvstkesAecqsu31/Gn05xGkqVZUgcIWf7jWg2CrJ
Wi9PsI2CaynM+v1Z65aE4S0NUDmHsV==
-----END CERTIFICATE-----]],
  },
}

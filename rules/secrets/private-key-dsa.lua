return {
  id = "secrets.private-key-dsa",
  title = "DSA private key (PEM)",
  severity = "critical",
  tags = { "secrets", "generic", "private-key" },
  applies_to = { "*" },
  help = [[A DSA private key in OpenSSL's traditional PEM encoding, unencrypted. It signs as its owner, typically as a legacy SSH host or user key.

**Fix:** Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted (servers' `authorized_keys`, TLS certificates — revoke and reissue them —, JWT verifiers, deploy keys, signing configurations), then delete the old one. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7468",
    "https://www.openssl.org/docs/man3.0/man1/openssl-pkey.html",
  },
  pattern = [[(-----BEGIN DSA PRIVATE KEY-----(?:\s|\\[nr])*M(?:[A-Za-z0-9+/=\s]|\\[nr]){60,}-----END DSA PRIVATE KEY-----)]],
  keywords = { "BEGIN DSA PRIVATE KEY" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN DSA PRIVATE KEY-----
MIIBuwIBAAKBgQ3ad4W3N7Vqow7nnlMfIJlkyeMzH8Yg5dGzX9C1aAUaNdhoaKFs
N/jKDHfVPBW4ncTWo5WCuA5bL5Zz3DpRkpg/1N/6HGAdxgCIgsNM6x/QWJtajOKc
iS92VVdCOOjm9ZEK9QWSapYjTW10+++6YbTI288GXa0s4IOPJH3NSzLdhfvid5D5
wyUYvUC0kM+l5azePQ7bqvKQLlP9Qxzm3FWDh6koW75uC93RBKdpvbaha5GcXccQ
cj5hgiS/AviW4QgUyrzJZypBXsSJm+coiSSnDUBrf6pyhV/gCtwssbKKgJ4A36Xj
n7tPPo5kccjcXVz0pyYhapq4jIC+Zcmb8585nymc4NLSagT0xttd3HXBYmgOnMD9
i6zLMzAGChZzrJCyPWnynh6HUR+7LQvI086qeEYgTq7F+7EpSrgCraTDcLcwE4R/
AeDUwSayUnj1QXKdHKlZSWWTFvrnYs0oTXnVQrbxhzJRAvB1BXOfB+nPEoyq/k7I
GCZBAWkZmbJ50wAToOuhMbiiOwTvEPxe4f3p+GjonrMqJi9YfG3rkoHvtAD/rcaV
1LF9Bc+Ji2DsIKl/zUjVf7==
-----END DSA PRIVATE KEY-----]],
    [[  private_key: |
    -----BEGIN DSA PRIVATE KEY-----
    MIIBuwIBAAKBgQHW1nJOxnUQYxHFhq3Up7mv9ersoK43vhh1oSqyZ8/eiMmkJdf+
    PLt2zkx9XmhI5xcNC9BQWZ9i3X/zogqCznY0pwGjjjAABCkMhpHrCTuWlb346r3Q
    J8kZnWf1O1KODBTmGcYY33H+skq/WDZcmG3JHsK4Mra6KJ26Ke/uEzCEakTnaJxI
    yk4x1+dOeNK3QHyYTN4srD9+5gQGcTyaTWuvMSoipLBoU1XHW/DuPAPDrWCmWIlk
    bopiDyVidyOLD8fNmQtZxGGiQL2OlzSqJaQomLEKtCjoC0Et7pwBIsEBGtQ5jC0a
    gLLuQdPgo1E9tC6Vi2g1ZS==
    -----END DSA PRIVATE KEY-----]],
    [[{"signing_key": "-----BEGIN DSA PRIVATE KEY-----\nMIIBuwIBAAKBgQKpIDk3ojzUXM3DKkWyL5sNv20TI37deobKyyQv1lKYzpaXJBc9\nzNzjIb6gMBgpKB/Jr4JU/EVCxSnjW22vix6wYTQhlSQmdSjP5981uirfYDFM2T1P\n8rHm/tknmcOPxVtxs5Zpg61eQn0yVcD2PhRiFeT2iFldCEAEIgRMfQoFvgdtoDAW\nnpHlkM9mqd/FyVfo/BDWFu3lZlE20jD3rOa5O3Rd1WcUMwmnQSjfXLA9A9SPXxWr\n/VfczIwN6S2rvHekBY6Uns==\n-----END DSA PRIVATE KEY-----"}]],
  },
  negative_examples = {
    [[-----BEGIN DSA PUBLIC KEY-----
MoXQItzc+WVnyOoRFLspo1xuQHeN3x2eiR9GsZtSlF5PdERMqFoeG+cbKfaYJP+m
18Vk58ivi8vS/O0D4okdPp5+6SKqHQNeioDo6+z7RWrLaIH4oUpl6+fGKEvCll+R
KtvIFbSKfGc5eo5ef8ozTXGirfLuAqNMivUl+T2NeHMUsw/8fKes4D5v4HWkw2U6
ErhEV6aFFW8tzCoKYPseNDgqE0cMpmCxZr3+85RlonsDw5i/JvOdYPOr5CtqBOI1
8f/ujGXOijY7ya0TMNFeB9i41T0qFAR0N3NEC+SnTWvw8bJBNegUuvJZJaMf5gqv
Kyg4qtEd0S+BhVTDK1GNd/U2Het9kqA95pf42YdCmggyfkseV4t+/YuYnHeM8kGo
4OF4uBL5sEQYpVnC6C7viT+Lwe/VlIlnNtfahCA34YfVJl3qfp6GWwJ59VNKPdRq
fOQ4BzG2NA3DzhmexZv0XQ6YCStFFllQWDEsKTwPxYQXElw4RXlWCR2Qh9YGMv+C
IZuXZne2CrdONyOuALmBm7xWxRHiBK9gXJvmV2TNaP7UtFcUDsfKF5MI/JaG/bTn
JauZmCplzZseyUimhd5Lg2==
-----END DSA PUBLIC KEY-----]],
    [[-----BEGIN DSA PRIVATE KEY-----
...
-----END DSA PRIVATE KEY-----]],
    [[-----BEGIN DSA PRIVATE KEY-----
<your key here>
-----END DSA PRIVATE KEY-----]],
    [[-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEE1+DLg2I3PSgYSixP5CoOMzsq60gGN0PvHzzUs6eEkxK
LI10LLwho2kuWuAMAZ76SCuUYvstkesAecqsu31/Gn05xGkqVZUgcIWf7jWg2CrJ
Wi9PsI2CaynM+v1Z65aE4S0NUDmHsV==
-----END CERTIFICATE-----]],
  },
}

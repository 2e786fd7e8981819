return {
  id = "secrets.openvpn-static-key",
  title = "OpenVPN static key",
  severity = "high",
  tags = { "secrets", "openvpn", "openvpn-config" },
  applies_to = { "*" },
  help = [[An OpenVPN static key, as `openvpn --genkey` writes it: 2048 bits of random data in hex between `-----BEGIN OpenVPN Static key V1-----` and `-----END OpenVPN Static key V1-----`. Used with `--tls-auth` or `--tls-crypt` it is the shared HMAC/encryption key that lets a client talk to the server at all (and hides the server from scanners); in static-key mode (`--secret`) it is the only key of the tunnel, so whoever has it can decrypt the traffic or connect as a peer.

**Fix:** Generate a new key with `openvpn --genkey secret ta.key` (or `--genkey tls-crypt-v2-server` / `tls-crypt-v2-client` for per-client keys), deploy it to the server and every client, and retire the old one. Distribute client profiles through the VPN's provisioning channel rather than the repository. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/",
    "https://openvpn.net/community-resources/static-key-mini-howto/",
  },
  -- Format from the OpenVPN manual (--genkey, --secret, --tls-auth): hex lines between the V1 BEGIN and END markers.
  -- At least eight runs of 16 or more hex digits are required, so a block whose body was removed does not match.
  -- Newlines may be literal or escaped (\n) inside a JSON or YAML string.
  pattern = [[(-----BEGIN OpenVPN Static key V1-----(?:\s|\\[nr])*(?:[0-9a-fA-F]{16,}(?:\s|\\[nr])+){8,}-----END OpenVPN Static key V1-----)]],
  keywords = { "BEGIN OpenVPN Static key" },
  entropy = 3.0,
  examples = {
    [[-----BEGIN OpenVPN Static key V1-----
195b1dba0eefe2eed024aa0de8d21b98
23027171a1c2f43a24693dd063c09e56
7d1cf62f7e3d5f8b31023675629acbc8
b06d8e6c3d9e84fac3c196bd231fe50f
91366188bc000aacaeff660184769481
72615e00b251e85fece3544c8f898054
c1c389885b7a709b791e83cba8c794c9
276c0e86f986a1e1897bc46bcfd5351c
9816105c13f5c29c1d4b3e222a4428fe
989d32e453abe8c8d30e201894d1507f
dc317c75921f4a823d760703f8fc2a7f
9f0e2bd3eda3d75b4248a227dae6be99
a494c3b5b4da841045daaeae525bdd1e
1f56a1951fc41cf7b4aca5194f3acb82
c4371357e6ac4a9bd95062ee0910e754
b427bd180ff015aa468d35c1e19d8439
-----END OpenVPN Static key V1-----]],
    [[<tls-auth>
-----BEGIN OpenVPN Static key V1-----
485aa7ee3f3b00305159a890350d8f29
e2badaca80c798d9b3b7aaced58e87b6
8eed0ecc0a831bc13811a12e48539a69
87817bf684341b20e88112fa64fd3e41
f3b9a6284d4b37df9e9021dccb40871c
ee5b2a9a65fbd1a2320ea33f7ba9bb25
71604d64b782567be6ce45090fcfde59
78abab97e2acb5a7b49de6d976cf1339
091ac016d6ad1462985096b79700dad5
12db4f59db92cac7bb3bdcb9b91d6a42
3a84b1769f4e17611e9ce11d1f9eda0d
efb45fef42dd97159fdc0156ee665813
1d28e5ed188eea54553fb35533faffc4
0496b8dadcb0b5a21852b39acef009a3
b2f52e20a1d0883e5c25f1a1d1e39a7f
5aea5e1095dd4dfcad2285fcdea88fa4
-----END OpenVPN Static key V1-----
</tls-auth>]],
  },
  negative_examples = {
    [[-----BEGIN OpenVPN Static key V1-----
<removed real key>
-----END OpenVPN Static key V1-----]],
    [[tls-auth ta.key 1]],
    [[-----BEGIN OpenVPN Static key V1-----
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
00000000000000000000000000000000
-----END OpenVPN Static key V1-----]],
  },
}

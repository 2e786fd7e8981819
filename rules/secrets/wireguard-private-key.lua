return {
  id = "secrets.wireguard-private-key",
  title = "WireGuard private or preshared key",
  severity = "critical",
  tags = { "secrets", "wireguard", "wireguard-config" },
  applies_to = { "*" },
  help = [[A WireGuard interface private key (or a peer's preshared key): 32 random bytes, base64-encoded to 44 characters, as `wg genkey` / `wg genpsk` print them. The private key is the identity of the tunnel endpoint: whoever holds it can impersonate that peer, connect to every peer that trusts its public key and reach the networks routed to it (`AllowedIPs`), or decrypt traffic meant for it.

**Fix:** Generate a new key pair on the host (`wg genkey | tee privatekey | wg pubkey`), replace the peer's public key on every other peer, and remove the old public key from their configurations so the leaked private key no longer authenticates; for a preshared key, generate a new one with `wg genpsk` on both sides. Load the key from a file readable only by root (`PostUp = wg set %i private-key /etc/wireguard/private.key`, systemd-networkd `PrivateKeyFile=`) provisioned from the secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.wireguard.com/quickstart/",
    "https://man7.org/linux/man-pages/man8/wg.8.html",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.netdev.html",
  },
  -- wg(8): PrivateKey and PresharedKey are base64 keys of 32 bytes (44 characters, the last one '=' and the one before
  -- it one of the 16 characters that leave the padding bits zero). Keys are matched case-insensitively, as wg and
  -- systemd-networkd read them, at the start of a line; the allowed value is the key of the wg(8) man page example.
  pattern = [[(?m)^[ \t]*(?i:(?:Private|Preshared)Key)[ \t]*=[ \t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "PrivateKey", "PresharedKey" },
  entropy = 4.0,
  allow = {
    [[^yAnz5TF\+lXXJte14tji3zlMNq\+hd2rYUIgJBgB3fBmk=$]],
  },
  examples = {
    [[[Interface]
PrivateKey = mNUR/sFFp91Ri8/e5lljvD4FdKLRTg93f6RS26GjJro=
Address = 10.8.0.2/32]],
    [[[WireGuardPeer]
PublicKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo=
PresharedKey=Z/zm9/vst8mB1bavT2U0NPrYKhOxRCJjrKdahgB7/AU=]],
  },
  negative_examples = {
    [[PrivateKey = <client-private-key>]],
    [[PrivateKey = ${WG_PRIVATE_KEY}]],
    [[PublicKey = u6M6+C/++pZE7IOD44PAizLaS7a8/KWGqvMSMnoRjNI=]],
    [[PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=]],
    [[PrivateKey = xhfmvrDnHm0aTHhmcWG7LATWByaRBg3AzEYzHnlT]],
  },
}

return {
  id = "secrets.private-key-pgp",
  title = "PGP private key block",
  severity = "critical",
  tags = { "secrets", "generic", "private-key", "pgp" },
  applies_to = { "*" },
  help = [[An OpenPGP transferable secret key (`gpg --export-secret-keys --armor`). It signs as its owner (release, package and commit signatures) and decrypts everything encrypted to them; a passphrase may protect it, but exported CI signing keys usually have none.

**Fix:** Publish a revocation certificate for the key (`gpg --gen-revoke`), replace it with a new key everywhere it is trusted (package repositories, Git hosting signing keys, keyservers), and re-sign artifacts that must stay trusted. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc9580#name-forming-ascii-armor",
    "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html",
  },
  pattern = [[(-----BEGIN PGP PRIVATE KEY BLOCK-----\r?\n(?:[A-Za-z][A-Za-z\-]*: [^\r\n]*\r?\n)*\s*[A-Za-z0-9+/][A-Za-z0-9+/=\s]{60,}-----END PGP PRIVATE KEY BLOCK-----)]],
  keywords = { "BEGIN PGP PRIVATE KEY BLOCK" },
  entropy = 4.5,
  examples = {
    [[-----BEGIN PGP PRIVATE KEY BLOCK-----

lQVYBG830dp4idtafkc2tM4eMAj0YM/sxmtM5Xt66Sfd/w2S92saPX+Pyfyc5mEv
iatLFrTyMaCOIaeEZHvCLl9W+XB5a9dZUQMzmc48o2Vch/P8BGUrht94Dz1ym9rL
PF56iIoLjP3UJOEOfL0Yz3KZKmU5wFo3RH2YwfpMZQ0syjWAu0kUITAMhn6JyRPL
bziCvt48kDSnjmSgQaV+pe9DxYwLBO0H5FwochJe1nXIkV2MTCz537s7mDE02gKq
2lMe7efD5pyheo+s8PSqxxPqvbdIZz6pCOxpXAp+EvMZosDPxkENTblYru9hJmg6
lF9F9uECD26d45om0nozwPuhXn1lvbVuXfvSjuVqOrPDfyXsGMJxMgbwaetLprfV
5k9C2PkrLZvuXGfkpHN4yrp0ROL3E07H/oC+1q/Xh2JLp17Eaep+aMzjoAybgUy8
=Xgcc
-----END PGP PRIVATE KEY BLOCK-----]],
    [[-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: release signing key

xcLYBGh02gCPlizQYOyY9hxYmSiMqG0TLIcixX/oZsmmZAwdK0Spn6SSqVKFSlbq
s8peKEkokOho+oK7m22m0FLroI1GmXd3IgZ8ZWEe7QDbe5mpdwTrD0dLHLP66z5X
b+bzjFGHUCGfl1+WS3E0tLw+dxqFYAFH7eX8F/LCwjOUTbrKwF34dcIwqWET3SXM
zGgomJha9c/YT3gTYLaPhoRB7CeOxXa52XGKGCN315In7TcucM/lhHJ3MR09qwiO
iHY3ZNDyfxKCW6663HnRgzjy+OO7T0ezO8EzcOXPPomUJzy2/Ei0EfZBMwqPOY9W
=SIbo
-----END PGP PRIVATE KEY BLOCK-----]],
  },
  negative_examples = {
    [[-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBG70IbqnrxyxTm9dr139n4/ZxKhqCnMyt0rrt/Nt28phNHwT6Sn1wLx2jAxb
8x1SyoSg+niGXpnTrDQ2WyxsdBofwUsOd6R7pFsKGgPvDH0uHQzF1CUx3CoeVARu
=ucDX
-----END PGP PUBLIC KEY BLOCK-----]],
    [[-----BEGIN PGP PRIVATE KEY BLOCK-----

...
-----END PGP PRIVATE KEY BLOCK-----]],
    [[-----BEGIN PGP SIGNATURE-----

iQEzBAEBCAAdFiEE/fka5HfvWVb5HieJajBI7p7T2OBlemjekRciJHe2DeNBOVUt
3PpX8bHnZ5zsMdFvpjOhq17kFuDx96A7AWjqHPkMPVEZnQRSV0/DpkntyCGV6yC3
=vgoK
-----END PGP SIGNATURE-----]],
  },
}

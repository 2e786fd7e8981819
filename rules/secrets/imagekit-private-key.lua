return {
  id = "secrets.imagekit-private-key",
  title = "ImageKit private API key",
  severity = "high",
  tags = { "secrets", "imagekit" },
  applies_to = { "*" },
  help = [[An ImageKit private API key. Sent as the HTTP Basic username, a standard key reads and writes every ImageKit API of the account: uploading, listing, renaming and deleting media, purging the CDN cache, and signing client-side uploads; a restricted key has the subset of those rights chosen when it was made.

**Fix:** Roll the key in the ImageKit dashboard (*Developer options > API keys*), give the old pair a short expiry, and move the integration to the new key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://imagekit.io/docs/api-keys",
  },
  pattern = [[(?i:imagekit)[^\n]{0,80}?\b(private_[A-Za-z0-9+/]{20,60}={0,2})(?:[^A-Za-z0-9+/=_\-]|$)]],
  keywords = { "imagekit" },
  entropy = 3.5,
  examples = {
    [[IMAGEKIT_PRIVATE_KEY=private_S82UyOoY0rb7xG8OTEJWI3RNYnu=]],
    [[curl https://api.imagekit.io/v1/files -u private_v/Dvi9UDrgHKNGGjcCCv5V3gpRb=:]],
  },
  negative_examples = {
    [[IMAGEKIT_PRIVATE_KEY=private_xxxxxxxxxxxxxxxxxxxxxxxxxxx=]],
    [[IMAGEKIT_PRIVATE_KEY=${IMAGEKIT_PRIVATE_KEY}]],
    [[IMAGEKIT_PUBLIC_KEY=public_Kq2vT7bLmX9pR4sWfYz8dNc3hJe=]],
  },
}

return {
  id = "secrets.cloudflare-account-api-token",
  title = "Cloudflare account API token (scannable format)",
  severity = "high",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[A Cloudflare account API token (account-owned token) in the scannable `cfat_` format. It belongs to the account rather than to a user, so it keeps working when people leave, with the permission policies chosen for it.

**Fix:** Roll or delete the token in the Cloudflare dashboard (*Manage Account > Account API Tokens*), check the account's audit log for its use, and create a replacement with the narrowest policies that work. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/",
    "https://developers.cloudflare.com/fundamentals/api/get-started/account-owned-tokens/",
  },
  pattern = [[\b(cfat_[A-Za-z0-9]{40}[a-f0-9]{8})\b]],
  keywords = { "cfat_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[CLOUDFLARE_API_TOKEN=cfat_vRhh8SytQyVASJnoFS3wTMS52e7Ja35fTJlIY7snae61c2db]],
    [[  api_token: "cfat_obsmODtEVnGgkaMl4NydcQdCJvTKurrl87Ty3gc4f4bb4a71"]],
  },
  negative_examples = {
    [[CLOUDFLARE_API_TOKEN=cfat_bM4CAuLXhLXRcMAASggZ5kyyLtoKqS]],
    [[CLOUDFLARE_API_TOKEN=cfat_your_cloudflare_api_token]],
    [[CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}]],
  },
}

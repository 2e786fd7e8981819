return {
  id = "secrets.cloudflare-user-api-token",
  title = "Cloudflare user API token (scannable format)",
  severity = "high",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[A Cloudflare user API token in the scannable format Cloudflare issues since 2026 (`cfut_`). It acts as the user who created it, with the permission policies chosen for the token (for example DNS edit on a zone, Workers deploy, or account-wide edit rights), until it expires or is revoked.

**Fix:** Roll or delete the token in the Cloudflare dashboard (*My Profile > API Tokens*), check the account's audit log for its use, and create a replacement with the narrowest policies that work. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
  },
  pattern = [[\b(cfut_[A-Za-z0-9]{40}[a-f0-9]{8})\b]],
  keywords = { "cfut_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[CLOUDFLARE_API_TOKEN=cfut_8NUvGktCa9xj9DHhhGCndcl0aBS0zy9dl42OhoZHd04d1a75]],
    [[  api_token: "cfut_yZctKjMv1Y4RFmeVIvR6bmQw5vmUx2IGRUTYEpMgdf609e78"]],
  },
  negative_examples = {
    [[CLOUDFLARE_API_TOKEN=cfut_K5wnuct2UAGU0jj860MCY2wUM6Ogpb]],
    [[CLOUDFLARE_API_TOKEN=cfut_your_cloudflare_api_token]],
    [[CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}]],
  },
}

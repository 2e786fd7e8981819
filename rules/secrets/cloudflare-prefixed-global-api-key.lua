return {
  id = "secrets.cloudflare-prefixed-global-api-key",
  title = "Cloudflare Global API Key (scannable format)",
  severity = "critical",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[A Cloudflare Global API Key in the scannable `cfk_` format. Sent with the account e-mail (`X-Auth-Email` / `X-Auth-Key`) it has every permission of the user on every account and zone the user can reach; it cannot be scoped.

**Fix:** Roll the key in the Cloudflare dashboard (*My Profile > API Tokens > Global API Key > Roll*), review the audit log, and move automation to scoped API tokens. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/",
    "https://developers.cloudflare.com/fundamentals/api/get-started/keys/",
  },
  pattern = [[\b(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})\b]],
  keywords = { "cfk_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [[CLOUDFLARE_API_KEY=cfk_aEV8zQTJ1SCyGPq2wAmmiS4inEJWFah8zZPsHmh6588b74d0]],
    [[  api_token: "cfk_taSlrHRa7L0h2ziGZ5JcHsbFRaPF4EWQbGrkGzdb82c60f34"]],
  },
  negative_examples = {
    [[CLOUDFLARE_API_KEY=cfk_2mPaSbT246LDQ27agHmu2SUeNKoohH]],
    [[CLOUDFLARE_API_KEY=cfk_your_cloudflare_api_token]],
    [[CLOUDFLARE_API_KEY=${CLOUDFLARE_API_KEY}]],
  },
}

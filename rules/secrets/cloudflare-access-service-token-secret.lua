return {
  id = "secrets.cloudflare-access-service-token-secret",
  title = "Cloudflare Access service token client secret",
  severity = "high",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [=[The client secret of a Cloudflare Zero Trust (Access) service token, sent as the `CF-Access-Client-Secret` header together with `CF-Access-Client-Id`. It lets a machine pass every Access policy that admits the service token, reaching the internal applications, APIs and SSH or database endpoints that Access protects, with no user login or device posture check.

**Fix:** Rotate the secret or revoke the token in the Cloudflare dashboard (*Zero Trust > Access > Service credentials > Service Tokens*), or through the API; then check the Access logs for requests made with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.cloudflare.com/cloudflare-one/identity/service-tokens/",
    "https://developers.cloudflare.com/cloudflare-one/examples/service-token",
  },
  pattern = [=[(?i:(?:cf[_\-]?access[_\-]?client[_\-]?secret|cloudflare[\w.\-]{0,30}?access[\w.\-]{0,20}?secret|cf[_\-]?client[_\-]?secret)[\w.\-]{0,12}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?)([a-f0-9]{64})\b]=],
  keywords = { "cf-access-client-secret", "cf_access_client_secret", "cfaccessclientsecret", "cf_client_secret", "cf-client-secret", "cloudflare" },
  entropy = 3.2,
  examples = {
    [=[curl -H 'CF-Access-Client-Id: ad3e9c2fe1de162258b7c228cbcbe828.access' -H 'CF-Access-Client-Secret: 53ef4500ffd8bad86aa02e4cec2ad2f8dece46eb7e54cd9054bf97542be98daa' https://app.internal.example.org/]=],
    [=[CF_ACCESS_CLIENT_SECRET=bca2f648ecef26228a0aa568c24c1498ce0760cffe5a6f59de70b4135b42e4e8]=],
    [=[  cloudflare_access_client_secret: "fdf522b55e707120fba3243c577e91058554176fd7875c6cb7fb7468ba718e1a"]=],
  },
  negative_examples = {
    [=[CF_ACCESS_CLIENT_ID=3e8fa018c01e1b4f6acfe51e2def0cdd.access]=],
    [=[-H "CF-Access-Client-Secret: $CF_ACCESS_CLIENT_SECRET"]=],
    [=[CF_ACCESS_CLIENT_SECRET=e02437820ce1306e760ae143414f10e57d5cf437]=],
  },
}

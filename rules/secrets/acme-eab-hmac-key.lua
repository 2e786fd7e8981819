return {
  id = "secrets.acme-eab-hmac-key",
  title = "ACME external account binding HMAC key",
  severity = "high",
  tags = { "secrets", "acme" },
  applies_to = { "*" },
  help = [[The HMAC key of ACME external account binding (EAB) credentials (RFC 8555, section 7.3.4), issued with a key identifier by certificate authorities that require EAB: ZeroSSL, Google Trust Services, DigiCert, Sectigo, SSL.com and others. With the key identifier it registers new ACME accounts bound to the customer's CA account, which then order certificates on that account (and, with DigiCert and Sectigo OV/EV profiles, for the organisation's pre-validated domains).

**Fix:** Revoke or delete the EAB credential in the CA's console (ZeroSSL *Developer > EAB Credentials*, Google Cloud *Public CA*, DigiCert *ACME Directory URLs*, Sectigo via the account portal), deactivate any ACME accounts registered with it that you do not recognise, and generate a new pair only when registering an account. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://datatracker.ietf.org/doc/html/rfc8555#section-7.3.4",
    "https://zerossl.com/documentation/acme/generate-eab-credentials",
    "https://dev.digicert.com/it/services-api/api-keys/acme-external-account-binding/",
  },
  pattern = [=[(?i:(?:eab|ext_act)[\w.\-]{0,20}?(?:hmac|mac)[\w.\-]{0,20}?)["']?(?:[ \t]*(?:=|:=|:|=>)[ \t]*|[ \t]+)["']?([A-Za-z0-9_\-]{32,128})(?:[^A-Za-z0-9_\-=]|$)]=],
  keywords = { "eab", "ext_act" },
  entropy = 4.0,
  allow = { [[^MjXU3MH-Z0WQ7piMAnVsCpD1shgMiWx6ggPWiTmydgUaj7dWWWfQfA$]] },
  examples = {
    [[ZEROSSL_EAB_HMAC_KEY=oNakb1Td0GC17x-Iti6N4flOxD1fgw0qOQZyilA5saoU6DdcxY0Bdw]],
    [[certbot register --server https://acme.digicert.com/v2/acme/directory/ --eab-kid xwwEL8pP8bFWgYBs2uLSQQ --eab-hmac-key jxcMjwEI9X-xce8v1GcMiiKt6hdfL9DQPNnna-SGQvpwqkhLILgyr2NP5GmAzBAgBv4uQaAhTIIqVbzkW81ZyQ]],
  },
  negative_examples = {
    [[EAB_KID=xwwEL8pP8bFWgYBs2uLSQQ]],
    [[EAB_HMAC_KEY=${EAB_HMAC_KEY}]],
    [[certbot register --eab-kid "$EAB_KID" --eab-hmac-key "$EAB_HMAC_KEY"]],
    [["eab_hmac_key": "MjXU3MH-Z0WQ7piMAnVsCpD1shgMiWx6ggPWiTmydgUaj7dWWWfQfA"]],
  },
}

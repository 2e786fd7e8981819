return {
  id = "secrets.veracode-api-key-secret",
  title = "Veracode API key secret (HMAC credentials)",
  severity = "high",
  tags = { "secrets", "veracode" },
  applies_to = { "*" },
  help = [[The secret half of a Veracode HMAC API credential pair (API ID and secret key), used to sign requests to the Veracode REST and XML APIs. With its API ID it acts as the owning user or API service account: it reads application profiles and every static, dynamic and SCA finding (a map of the organization's unfixed vulnerabilities), uploads and starts scans, and, for accounts with administrative roles, manages users, teams and credentials.

**Fix:** Regenerate or revoke the credentials in the Veracode Platform (*user menu > API Credentials > Revoke / Generate API Credentials*; generating a new pair revokes the old one, and administrators can revoke another account's credentials). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.veracode.com/r/HMAC_credentials",
    "https://docs.veracode.com/r/c_wrappers_using_api_creds_file",
    "https://docs.veracode.com/r/c_hmac_signing_example_python",
  },
  pattern = [[(?i:veracode[\w.\-]{0,30}?(?:secret|key)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:vera01[a-z]{2}-)?[0-9a-fA-F]{64,160})\b]],
  keywords = { "veracode" },
  entropy = 3.5,
  examples = {
    [[VERACODE_API_KEY_SECRET=45727daf9188aa73267552ed1c59f7faca9f89425152b19fd0662a4c772f1d497b07f3dfa9d3c3861b221019ccc692b4391a2e54611af0901a3cbd4be6980f6e]],
    [[veracode_api_key_secret = vera01es-364b1f7d9b4dc81cc0e7315b1a425685e65d64f4ef9d4ca9d075502f177452bbfa2e5773c8ee312ef5b554d3670ae216986e6ba5b61efb170c07777dd1881f47]],
  },
  negative_examples = {
    [[VERACODE_API_KEY_ID=14af306b7df761e02d88be00e749751d]],
    [[VERACODE_API_KEY_SECRET=${{ secrets.VERACODE_API_KEY_SECRET }}]],
    [[veracode_api_key_secret = <YOUR_API_KEY_SECRET>]],
  },
}

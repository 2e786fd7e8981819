return {
  id = "secrets.upcloud-api-token",
  title = "UpCloud API token",
  severity = "critical",
  tags = { "secrets", "upcloud" },
  applies_to = { "*" },
  help = [[An UpCloud API bearer token (`ucat_…`). It authenticates calls to the UpCloud API as the account or subaccount that created it: creating and deleting servers, storage, networks and backups, and, when the token was created with `can_create_tokens`, minting further tokens.

**Fix:** Delete the token in the UpCloud Control Panel (*Account > API Tokens*) or with `upctl account token delete`, then create a replacement with the shortest expiry and the narrowest allowed IP ranges the job needs, preferably under a dedicated subaccount. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.upcloud.com/1.3/24-api-tokens/",
    "https://upcloud.com/docs/guides/managing-api-tokens/",
  },
  pattern = [[\b(ucat_[0-9A-HJKMNP-TV-Z]{26})\b]],
  keywords = { "ucat_" },
  entropy = 3.0,
  allow = { [[^ucat_01DQE3AJDEBFEKECFM558TGH2F$]] },
  examples = {
    [[UPCLOUD_TOKEN=ucat_01CCNMTAZ16VZ36YSV8B0FWHYM]],
    [[curl -H 'Authorization: Bearer ucat_019ZJ9AF4AYVTZEM38GH60MDVB' https://api.upcloud.com/1.3/account]],
  },
  negative_examples = {
    [[UPCLOUD_TOKEN=ucat_016EQNCX6H0WE2R3W136F4TD]],
    [[UPCLOUD_TOKEN=ucat_YOUR_API_TOKEN]],
    [[curl -H 'Authorization: Bearer ucat_01DQE3AJDEBFEKECFM558TGH2F' https://api.upcloud.com/1.3/account]],
    [[UPCLOUD_TOKEN=${UPCLOUD_TOKEN}]],
  },
}

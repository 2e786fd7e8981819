return {
  id = "secrets.locationiq-account-token",
  title = "LocationIQ account token",
  severity = "medium",
  tags = { "secrets", "locationiq" },
  applies_to = { "*" },
  help = [[A LocationIQ account token (`sk.` prefix). It cannot call the geocoding or maps APIs, but it manages the account's resources (for example its API tokens) within the scopes it was given, and LocationIQ shows it only once. (API tokens, prefix `pk.`, are meant for public websites and apps and are not reported.)

**Fix:** Delete the account token on the LocationIQ dashboard (*API Access Tokens*) and create a new one with only the scopes needed. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://docs.locationiq.com/docs/authentication",
    "https://docs.locationiq.com/docs/locationiq-access-token",
  },
  pattern = [[(?i:(?:locationiq|location_iq|location-iq)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(sk\.[A-Za-z0-9]{20,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "locationiq", "location_iq", "location-iq" },
  entropy = 2.9,
  examples = {
    [[LOCATIONIQ_ACCOUNT_TOKEN=sk.75240efd1bcadcae3454cfaeedeb7e68]],
    [[  locationiq_sk: "sk.e08804181acc3e55df57253a46002c5c"]],
  },
  negative_examples = {
    [[LOCATIONIQ_API_TOKEN=pk.92ea872fa66de92d07400b14652b2c32]],
    [[LOCATIONIQ_ACCOUNT_TOKEN=sk.abc]],
    [[LOCATIONIQ_ACCOUNT_TOKEN=${LOCATIONIQ_ACCOUNT_TOKEN}]],
  },
}

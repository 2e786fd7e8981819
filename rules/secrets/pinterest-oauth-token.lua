return {
  id = "secrets.pinterest-oauth-token",
  title = "Pinterest API access or refresh token",
  severity = "high",
  tags = { "secrets", "pinterest" },
  applies_to = { "*" },
  help = [[A Pinterest API v5 OAuth token: an access token (`pina_`, valid about 30 days) or a refresh token (`pinr_`, which mints new access tokens for up to a year). It acts as the user who authorized the app, within the granted scopes: reading and creating pins and boards, and for business accounts reading analytics and managing ad accounts.

**Fix:** Revoke the app's access for the affected account (Pinterest *Settings > Security and logins > Apps*, or the account's connected apps), or reset the app secret in the developer portal so its refresh tokens stop working, then authorize again. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developers.pinterest.com/docs/developer-tools/token-debugger/",
  },
  pattern = [[\b(pin[ar]_[A-Za-z0-9]{32,400})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pina_", "pinr_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[PINTEREST_ACCESS_TOKEN=pina_AGPEXFD5BJQGUXDENECJCVQ6LC7OYJAAPEKPTM2EEG7K7EWFNDABV6FMJOEZQ77N7Q3XWJMGHXD5H6VH6XY5UEW3LYPJY3TQ]],
    [[  refresh_token: "pinr_OEZOURZ7LSRXMCJHNLNJC4Z6OGF6QGUI4NDVBN46JQOQWJXNERS7SULL5GDPVS6GWHYGHOMDS3WWAD37RYKVHWAZT3BN7T6F"]],
  },
  negative_examples = {
    [[PINTEREST_ACCESS_TOKEN=pina_TIJDJRSSC6T2]],
    [[recipe_id = pina_colada_with_fresh_pineapple_and_coconut_cream]],
    [[PINTEREST_ACCESS_TOKEN=${PINTEREST_ACCESS_TOKEN}]],
  },
}

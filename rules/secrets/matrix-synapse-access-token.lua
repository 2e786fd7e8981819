return {
  id = "secrets.matrix-synapse-access-token",
  title = "Matrix Synapse access or refresh token",
  severity = "high",
  tags = { "secrets", "matrix" },
  applies_to = { "*" },
  help = [[An access token (`syt_`) or refresh token (`syr_`) issued by a Synapse Matrix homeserver. It authenticates as the user (or bot) it was issued for on the Client-Server API: reading the rooms it has joined, sending messages, joining and inviting, and, for a server admin account, calling the admin API.

**Fix:** Log the session out (`POST /_matrix/client/v3/logout` with the token, or remove the device under *Settings > Sessions* in the client; an admin can also delete the device through the Synapse admin API), then log in again to get a new token. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://github.com/element-hq/synapse/blob/develop/synapse/handlers/auth.py",
    "https://spec.matrix.org/latest/client-server-api/#using-access-tokens",
  },
  pattern = [[\b(sy[tr]_[A-Za-z0-9+/]{2,120}_[A-Za-z]{20}_[0-9A-Za-z]{6})\b]],
  keywords = { "syt_", "syr_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[MATRIX_ACCESS_TOKEN=syt_ZGVwbG95Ym90_KTXAQkpHFaePVZhdBOei_0JOr4T]],
    [[  refresh_token: "syr_YWxpY2U_yeicojoZGyyRYIgAabym_2hhLJa"]],
  },
  negative_examples = {
    [[MATRIX_ACCESS_TOKEN=syt_YWxpY2U_shortrandom_0abc12]],
    [[MATRIX_ACCESS_TOKEN=syt_<base64 localpart>_<random>_<crc>]],
    [[MATRIX_ACCESS_TOKEN=${MATRIX_ACCESS_TOKEN}]],
  },
}

return {
  id = "secrets.dropbox-access-token",
  title = "Dropbox short-lived access token",
  severity = "high",
  tags = { "secrets", "dropbox" },
  applies_to = { "*" },
  help = [[A Dropbox OAuth access token (`sl.` / `sl.u.`). Until it expires it reads and writes the user's or team's files within the app's permissions.

**Fix:** Revoke the token (`/2/auth/token/revoke`) or the app's access, and revoke its refresh token if stored too. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.dropbox.com/oauth-guide",
    "https://www.dropbox.com/developers/documentation/http/documentation#authorization",
  },
  pattern = [[\b(sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1000})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sl." },
  entropy = 4.0,
  examples = {
    [[DROPBOX_ACCESS_TOKEN=sl.u.EzTNV__DMHlqXmwTJH0FC6xx39VKU91MrjXqrjo3mf2YjzZlfMGCZ6gS44MyWE1F7p_IdgJEDrf0tYHMIeMP1gkcwkKVb1b5Af6fqtMUDUBSGWWCfQf4G81G6kBoy9l-lGbdpKlSNuJHQeaoJSdOofoVSkrrayk-zoqUk_T3vhGA7RnxICRB]],
    [[  dropbox_token: "sl.u.rDRCCN4mm8mJJInqPlwAZf7CDg3b0LOvsfrGoRJlnRuFxN45z85GaLU-OLin_AdYcBOA6GQQAgQeyhxfjC_mspHFT56siYJz4CGHPjuhqfKB92Sn29AIxz4y9gkbqsyVz_ZMQuy0hTGt9zcKrF5-Kc9wKEe0fRFO1UT-nC5JRqClKPOcLXF0"]],
  },
  negative_examples = {
    [[DROPBOX_ACCESS_TOKEN=sl.ABCDEF]],
    [[ssl.verify = true]],
  },
}

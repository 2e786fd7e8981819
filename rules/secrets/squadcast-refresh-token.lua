return {
  id = "secrets.squadcast-refresh-token",
  title = "Squadcast API refresh token",
  severity = "high",
  tags = { "secrets", "squadcast" },
  applies_to = { "*" },
  help = [[A Squadcast (SolarWinds Incident Response) API refresh token, generated on the user's profile page or assigned by the account owner. It is exchanged at `auth.squadcast.com` for bearer access tokens that act with the role of the user it belongs to: incidents, services, escalation policies, on-call schedules, routing rules and, for an admin token, users and teams.

**Fix:** Revoke the refresh token (*My Profile > API Refresh Token*, or *Settings > API Tokens* as account owner), which also revokes the access tokens minted from it, and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://support.squadcast.com/terraform-and-api-documentation/public-api-refresh-token",
    "https://developers.incidents.cloud.solarwinds.com/api-reference/auth",
    "https://developers.qodex.ai/squadcast-s-public/squadcast/oauth-77/access-token-270",
  },
  pattern = [[(?:(?i:squadcast\w*?(?:token|key|secret)\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:x-refresh-token)["']?[ \t]*:[ \t]*["']?)([a-f0-9]{32})\b]],
  keywords = { "squadcast" },
  entropy = 3.0,
  examples = {
    [[SQUADCAST_REFRESH_TOKEN=12582daf5344d1e8613c072ea5d3dc5e]],
    [[curl https://auth.squadcast.com/oauth/access-token -H 'X-Refresh-Token: 910da862e07ba3ba218f8c070a856cba']],
  },
  negative_examples = {
    [[SQUADCAST_REFRESH_TOKEN=${{ secrets.SQUADCAST_REFRESH_TOKEN }}]],
    [[curl https://auth.squadcast.com/oauth/access-token -H 'X-Refresh-Token: <string>']],
    [[X-Refresh-Token: 910da862e07ba3ba218f8c070a856cba]],
  },
}

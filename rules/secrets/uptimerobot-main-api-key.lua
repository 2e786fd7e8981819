return {
  id = "secrets.uptimerobot-main-api-key",
  title = "UptimeRobot main API key",
  severity = "medium",
  tags = { "secrets", "uptimerobot" },
  applies_to = { "*" },
  help = [[An UptimeRobot account-specific (main) API key, `u<account id>-…`. It calls every API method on every monitor of the account: creating, pausing, editing and deleting monitors, alert contacts (with their e-mail addresses and phone numbers), maintenance windows and public status pages. (Monitor-specific keys, `m…`, are designed to be embedded in client pages and are not reported.)

**Fix:** Delete and recreate the main API key in UptimeRobot (*Integrations & API > API > Main API key*), and use a read-only key where only reads are needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://uptimerobot.com/api/",
    "https://uptimerobot.com/api/v3",
  },
  pattern = [[(?i:uptime[\s_.\-]?robot)[^\n]{0,60}?\b(u[0-9]{3,10}-[0-9a-z]{18,32})\b]],
  keywords = { "uptimerobot", "uptime_robot", "uptime-robot", "uptime robot", "uptime.robot" },
  entropy = 3.3,
  allow = { [[^u956-afus321g565fghr519$]] },
  examples = {
    [[UPTIMEROBOT_API_KEY=u9520483-f1ad8e4a3f7df94bb2c34350]],
    [[  uptime_robot_api_key: "u931167-d83c93e0776c91efa002907b"]],
  },
  negative_examples = {
    [[UPTIMEROBOT_API_KEY=u956-afus321g565fghr519]],
    [[UPTIMEROBOT_MONITOR_KEY=m9520483-f1ad8e4a3f7df94bb2c34350]],
    [[UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}]],
  },
}

return {
  id = "secrets.mixpanel-api-secret",
  title = "Mixpanel project API secret",
  severity = "high",
  tags = { "secrets", "mixpanel" },
  applies_to = { "*" },
  help = [[A Mixpanel project API secret (Project Secret). Sent as the Basic-auth user it imports events into the project and exports its raw event data and user profiles. (The project token, also 32 hex digits, is public and is not reported: the rule requires `secret` in the variable name.)

**Fix:** Reset the project secret in Mixpanel (*Project Settings > Access Keys*), and move integrations to a service account, which Mixpanel recommends in place of project secrets. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mixpanel.com/reference/project-secret",
    "https://docs.mixpanel.com/reference/raw-data-export-api-authentication",
  },
  pattern = [[(?i:(?:mixpanel)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mixpanel" },
  entropy = 3.2,
  examples = {
    [[MIXPANEL_API_SECRET=f1afe49717e6f39ab506b7879dd3c07c]],
    [[  mixpanel_project_secret: "0c3e87f5be5eafa68ed918acd3cd10f6"]],
  },
  negative_examples = {
    [[MIXPANEL_TOKEN=f1afe49717e6f39ab506b7879dd3c07c]],
    [[MIXPANEL_API_SECRET=<api_secret>]],
    [[MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}]],
  },
}

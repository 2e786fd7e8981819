return {
  id = "secrets.todoist-api-token",
  title = "Todoist API token",
  severity = "high",
  tags = { "secrets", "todoist" },
  applies_to = { "*" },
  help = [[A Todoist personal API token (from *Settings > Integrations > Developer*) or an OAuth access token. It acts as the user on the Todoist API: it reads, creates, completes and deletes tasks, projects, comments, labels and filters, and reads shared projects and their collaborators.

**Fix:** Issue a new personal API token in Todoist (*Settings > Integrations > Developer*), which invalidates the old one, or revoke the OAuth app's access. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.todoist.com/api/v1/authorization",
    "https://developer.todoist.com/api/v1/",
  },
  pattern = [[(?:(?i:todoist\w*?(?:token|key|secret)\w*)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:todoist)[^\n]{0,120}?(?i:bearer)[ \t]+)([a-f0-9]{40})\b]],
  keywords = { "todoist" },
  entropy = 3.0,
  allow = { [[0123456789abcdef]] },
  examples = {
    [[TODOIST_API_TOKEN=3d7fa9d6b86e8d3f0b88bebfcd2201883845bc86]],
    [[curl https://api.todoist.com/api/v1/tasks -H "Authorization: Bearer 86db3c1d9460151d67b87bfbfa8536b122bc146e"]],
  },
  negative_examples = {
    [[TODOIST_API_TOKEN=${TODOIST_API_TOKEN}]],
    [[curl https://api.todoist.com/api/v1/sync -H "Authorization: Bearer 0123456789abcdef0123456789abcdef01234567"]],
    [[todoist-api-python @ git+https://github.com/Doist/todoist-api-python@3d7fa9d6b86e8d3f0b88bebfcd2201883845bc86]],
  },
}

return {
  id = "secrets.pipedrive-api-token",
  title = "Pipedrive API token",
  severity = "high",
  tags = { "secrets", "pipedrive" },
  applies_to = { "*" },
  help = [[A Pipedrive personal API token. It authenticates every Pipedrive API call as its user in one company, with all of that user's data access: deals, persons, organizations, activities, notes and files; it does not expire until regenerated.

**Fix:** Regenerate the token in Pipedrive (*Personal preferences > API*); the old value stops working at once, so update every integration that shares it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://pipedrive.readme.io/docs/how-to-find-the-api-token",
    "https://developers.pipedrive.com/docs/api/v1",
  },
  pattern = [[(?i:(?:pipedrive)[\w.\-]{0,30}?(?:key|token|secret|auth|credential)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pipedrive" },
  entropy = 3.2,
  examples = {
    [[PIPEDRIVE_API_TOKEN=a8681d7ee7f402b96fd1b24d4be22b1521388fd0]],
    [[  pipedrive_token: "1e7c2097429fbfb7a0365e51a10218262b90fe6a"]],
  },
  negative_examples = {
    [[PIPEDRIVE_API_TOKEN=your-api-token]],
    [[PIPEDRIVE_COMPANY_DOMAIN=acme]],
    [[PIPEDRIVE_API_TOKEN=${PIPEDRIVE_API_TOKEN}]],
  },
}

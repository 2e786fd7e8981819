return {
  id = "secrets.youtrack-permanent-token",
  title = "YouTrack / Hub permanent token",
  severity = "high",
  tags = { "secrets", "jetbrains" },
  applies_to = { "*" },
  help = [[A permanent token for JetBrains YouTrack or Hub. Sent as a Bearer token, it acts as the user who created it within the token's scope: reading and changing issues, projects, articles and users through the REST API, with that user's permissions (for an administrator, the whole instance).

**Fix:** Delete the token in YouTrack or Hub (*profile > Account Security > Tokens*) and create a new one with only the scope the integration needs. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.jetbrains.com/help/youtrack/devportal/authentication-with-permanent-token.html",
    "https://www.jetbrains.com/help/youtrack/incloud/authentication-with-permanent-token.html",
  },
  pattern = [[\b(perm[:\-][A-Za-z0-9+/=_\-]{2,80}\.[A-Za-z0-9+/=_\-]{2,60}\.[A-Za-z0-9]{30})\b]],
  keywords = { "perm:", "perm-" },
  keywords_exact = true,
  entropy = 3.5,
  allow = { [[rNZ38ije7uiWwnUTRDdyFDdUkoPUPi]] },
  examples = {
    [[YOUTRACK_TOKEN=perm:VTP9zGhi==.NDctMTI=.jJzH4gARCXM31UiMvegkML2W0Wr0ST]],
    [[curl -H 'Authorization: Bearer perm-mSA2us3XQC79.NDMtMQ==.riYCHeWSiXFPo2AnTtgRQqJf543U9e' https://youtrack.acme.internal/api/users/me]],
    [[  hub_token: "perm:gNYUV4IOuUl4UqHN.kPAEgi8D.PDNqj8HMkbWFo0cU8fZmCT0CWwaOYS"]],
  },
  negative_examples = {
    [[-H 'Authorization: Bearer perm:cm9vdA==.dG9rZW4=.rNZ38ije7uiWwnUTRDdyFDdUkoPUPi']],
    [[YOUTRACK_TOKEN=perm:WD3AsPSj==.NDctMTI=.SDLQxqJ4NeGVD0JxHzkb]],
    [[-H 'Authorization: Bearer perm-token']],
  },
}

return {
  id = "secrets.tinybird-token",
  title = "Tinybird static token",
  severity = "high",
  tags = { "secrets", "tinybird" },
  applies_to = { "*" },
  help = [[A Tinybird static token (`p.…`). Static tokens do not expire. Depending on their scopes they read data sources and endpoints, append data, or (workspace admin, `ADMIN`, `TOKENS` and user tokens) manage every resource of the workspace, including creating further tokens.

**Fix:** Refresh or delete the token in Tinybird (*Tokens* page of the workspace, `tb token` commands or the Token API), then review the workspace's service data sources for requests made with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.tinybird.co/docs/forward/administration/tokens/static-tokens",
    "https://www.tinybird.co/docs/forward/core-concepts/tokens",
  },
  pattern = [[\b(p\.eyJ[A-Za-z0-9_\-]{30,600}\.[A-Za-z0-9_\-]{20,100})(?:[^A-Za-z0-9_\-.]|$)]],
  keywords = { "p.eyJ" },
  entropy = 4.0,
  examples = {
    [[TINYBIRD_TOKEN=p.eyJ1IjogIjkxNTkyYWRhLWE4YzctNGUxOC05MWYwLWVmMTg4OTllZTdiYSIsICJpZCI6ICJhNzUwZDVjOS1mZDNkLTQzZDYtOGY5Zi00NjEzMTVjMzI5NzQiLCAiaG9zdCI6ICJnY3AtZXVyb3BlLXdlc3QzIn0.3RS51VTGvhO77TYMe_qDs5C-Kqm76NZqIhXg-Ac1m6M]],
    [[  "token": "p.eyJ1IjogIjQxNmVhY2UxLTE5NzMtNGY4MS1hNzVjLWFmOWQ1Y2VhNTMxOCIsICJpZCI6ICJiNTZkODIzZC00MTRmLTQxYzYtOGNhOC05MzJhNzU4YWY3MmUiLCAiaG9zdCI6ICJnY3AtZXVyb3BlLXdlc3QzIn0.0vO3nJdIXhG5HhkV18NGJHhI3GbsgOTFMkG7OnjOIGc"]],
  },
  negative_examples = {
    [[TINYBIRD_TOKEN=p.your_token_here]],
    [[TINYBIRD_TOKEN=p.eyJ1IjogIjkxNTkyYWRh]],
    [[  "token": "${TINYBIRD_TOKEN}"]],
  },
}

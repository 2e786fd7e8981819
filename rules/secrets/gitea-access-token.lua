return {
  id = "secrets.gitea-access-token",
  title = "Gitea / Forgejo access token",
  severity = "critical",
  tags = { "secrets", "gitea" },
  applies_to = { "*" },
  help = [[A personal access token for a Gitea or Forgejo server (including Codeberg). It authenticates to the REST API and to Git over HTTPS as the user who created it, within the token's scopes: reading and pushing to repositories, managing issues and pull requests, organizations, packages and, for a site administrator, the whole instance.

**Fix:** Delete the token on the server (*Settings > Applications > Access Tokens*) and generate a replacement with only the scopes the job needs; then check the repositories it could reach for unexpected pushes. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.gitea.com/next/development/api-usage",
    "https://github.com/go-gitea/gitea/blob/main/models/auth/access_token.go",
  },
  pattern = [[(?i:\b(?:gitea|forgejo|codeberg)[\w.\-]{0,30}?(?:token|key|pat|secret|password|passwd|pass|auth|credential)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{40})\b]],
  keywords = { "gitea", "forgejo", "codeberg" },
  entropy = 3.0,
  examples = {
    [[GITEA_TOKEN=7997f6b29f47de7f65afc0ac937cf98402217a43]],
    [[  forgejo_access_token: "e46d073ec0fc68e7ee6003c18e092231772b3291"]],
    [[export CODEBERG_TOKEN='48396dee61b724397eeb0a40b844b1b707e849f2']],
  },
  negative_examples = {
    [[GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}]],
    [[GITEA_COMMIT=cc9fff6f422451a20343af262baa38054a865576]],
    [[GITEA_TOKEN=bdc446594ff5bd41c4b5f2b22c4ee8c3]],
  },
}

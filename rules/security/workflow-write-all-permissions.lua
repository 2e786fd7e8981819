-- security.workflow-write-all-permissions: the GITHUB_TOKEN gets every write scope.
return {
  id = "security.workflow-write-all-permissions",
  title = "Workflow grants the GITHUB_TOKEN write access to everything",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
`permissions: write-all` at the workflow or job level gives the job's `GITHUB_TOKEN` write access to every
scope (contents, packages, pull requests, actions, security events, ...). Any step that is compromised or
tricked (a malicious dependency, an injected command) can then push code, publish packages or rewrite
releases.

Not reported: a map of scopes (`permissions: { contents: read, id-token: write }`), `read-all`, `{}`, and a
missing `permissions:` key (a separate concern: the repository's default token permissions apply).

Fix: declare `permissions: {}` or `contents: read` at the top, and grant each job only the scopes it uses.
See docs/rules/security/workflow-write-all-permissions.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    if p.permissions == "write-all" then
      ctx:report{ at = p, key = "permissions",
        message = "permissions: write-all gives every job's GITHUB_TOKEN write access to all scopes" }
    end
    for _, job in ipairs(p.jobs) do
      if job.permissions == "write-all" then
        ctx:report{ at = job, key = "permissions",
          message = "permissions: write-all gives job '" .. tg.excerpt(job.id) .. "' write access to all GITHUB_TOKEN scopes" }
      end
    end
  end,
}

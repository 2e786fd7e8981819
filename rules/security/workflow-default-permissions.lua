-- security.workflow-default-permissions: a GitHub workflow that never says what its GITHUB_TOKEN may do.
return {
  id = "security.workflow-default-permissions",
  title = "Workflow leaves GITHUB_TOKEN permissions to the repository default",
  severity = "low",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
A workflow with no `permissions:` at the top, and a job with none of its own, runs with the token permissions the
repository or organisation sets as default. That default is read and write on every scope for repositories
created before February 2023 and for organisations that never changed it, and anyone with admin rights can widen
it later without touching the file. Least privilege starts with the workflow saying what it needs.

Reported once per workflow, at its first job without `permissions:`, when the workflow has no top-level
`permissions:`. Not reported: workflows that only run as reusable workflows (`on: workflow_call`: the caller's
permissions bound them), composite actions, and jobs that declare their own (a job with `permissions:` is not
counted). `permissions: write-all` is security.workflow-write-all-permissions' finding.
Fix: add `permissions: {}` or `permissions: { contents: read }` at the top and grant each job what it uses.
See docs/rules/security/workflow-default-permissions.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" or p.permissions ~= nil or #p.jobs == 0 then return end
    local only_called = #p.triggers > 0
    for _, t in ipairs(p.triggers) do
      if t.raw ~= "workflow_call" then only_called = false end
    end
    if only_called then return end
    local missing = {}
    for _, job in ipairs(p.jobs) do
      if job.id == "(action)" then return end
      if job.permissions == nil then missing[#missing + 1] = job end
    end
    if #missing == 0 then return end
    local first = missing[1]
    local others = #missing > 1 and (" (and " .. (#missing - 1) .. " more job" .. (#missing > 2 and "s" or "") .. ")") or ""
    ctx:report{ at = first, key = "id", on = "key",
      message = "job '" .. tg.excerpt(first.id) .. "'" .. others
        .. " gets the repository's default GITHUB_TOKEN permissions: the workflow declares no permissions" }
  end,
}

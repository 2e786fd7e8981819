-- security.pull-request-target-checkout: privileged workflow checks out untrusted PR code.
return {
  id = "security.pull-request-target-checkout",
  title = "pull_request_target workflow checks out the pull request's code",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
A workflow triggered by `pull_request_target` runs in the context of the base repository, with its secrets
and a token that can write. If it checks out the pull request's head (`ref:` set to
`github.event.pull_request.head.sha`, `.head.ref`, `github.head_ref`, `merge_commit_sha`, or
`refs/pull/N/merge`), any build, install or test step then runs code written by the PR's author, who may
be anyone with a fork.

Reported: `actions/checkout` steps with such a `ref:` (or `repository:` set to the PR's head repository),
and `run:` steps that fetch or check out the PR head (`gh pr checkout`, `git fetch ... pull/...`,
`git checkout` of the head SHA or ref) in a workflow with a `pull_request_target` trigger.
Not reported: checkouts of the base ref (the default), and workflows without `pull_request_target`.
A label or `if:` gate does not silence it: a reviewer's label is not a sandbox.

Fix: use `pull_request` for anything that builds or tests PR code; keep `pull_request_target` for jobs
that never touch the PR's files (labelling, commenting), or split into `pull_request` plus `workflow_run`.
See docs/rules/security/pull-request-target-checkout.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target",
    "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local prt = false
    for _, t in ipairs(p.triggers) do
      if t.raw == "pull_request_target" then prt = true end
    end
    if not prt then return end

    local HEAD = { "pull_request.head.sha", "pull_request.head.ref", "github.head_ref",
      "pull_request.merge_commit_sha", "refs/pull/", "pull_request.number", "github.event.number" }
    local function names_head(s)
      if type(s) ~= "string" then return false end
      for _, h in ipairs(HEAD) do
        if s:find(h, 1, true) then return true end
      end
      return false
    end
    local function fetches_head(cmd)
      local a = cmd.args
      if cmd.base == "gh" and a[1] == "pr" and a[2] == "checkout" then return true end
      if cmd.base ~= "git" then return false end
      if a[1] == "fetch" then
        for _, x in ipairs(a) do
          if x:find("pull/", 1, true) then return true end
        end
      end
      if a[1] == "checkout" or a[1] == "switch" then
        for _, x in ipairs(a) do
          if names_head(x) then return true end
        end
      end
      return false
    end
    local WHY = " in a pull_request_target workflow, which has secrets and a write token"
    for _, job in ipairs(p.jobs) do
      local id = tg.excerpt(job.id)
      for _, step in ipairs(job.steps) do
        local w = step.with
        if step.uses and step.uses.ref:lower():match("^actions/checkout@") and w ~= nil then
          if names_head(w.ref) then
            ctx:report{ at = w, key = "ref", message = "job '" .. id .. "' checks out the pull request's code" .. WHY }
          elseif type(w.repository) == "string" and w.repository:find("pull_request.head.repo", 1, true) then
            ctx:report{ at = w, key = "repository", message = "job '" .. id .. "' checks out the pull request's fork" .. WHY }
          end
        else
          for _, cmd in ipairs(step.commands) do
            if fetches_head(cmd) then
              ctx:report{ at = step, key = "run", message = "job '" .. id .. "' fetches the pull request's code" .. WHY }
              break
            end
          end
        end
      end
    end
  end,
}

-- security.pull-request-target-checkout: privileged workflow checks out untrusted PR code.

-- Triggers that run with the base repository's secrets and a write token, on behalf of a pull request anyone can
-- open: what in each names the pull request's head (a ref or SHA, heads) or its fork (a repository, forks).
local PR_HEADS = { "pull_request.head.sha", "pull_request.head.ref", "github.head_ref",
  "pull_request.merge_commit_sha", "refs/pull/", "pull_request.number", "github.event.number" }
local PRIVILEGED = {
  pull_request_target = { heads = PR_HEADS, forks = { "pull_request.head.repo" } },
  -- Runs after another workflow, a fork's pull_request run among them; head_* describe that run's commit.
  workflow_run = {
    heads = { "workflow_run.head_sha", "workflow_run.head_branch", "workflow_run.head_commit",
      "workflow_run.pull_requests", "refs/pull/" },
    forks = { "workflow_run.head_repository" },
  },
  -- A comment on a pull request: its head is reached through the PR number.
  issue_comment = { heads = { "refs/pull/", "github.event.issue.number", "pull_request.head" }, forks = {} },
}

return {
  id = "security.pull-request-target-checkout",
  title = "Privileged workflow checks out the pull request's code",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
A workflow triggered by `pull_request_target`, `workflow_run` or `issue_comment` runs in the context of the
base repository, with its secrets and a token that can write, on behalf of a pull request that anyone with a
fork can open. If it checks out the pull request's head, any build, install or test step then runs code written
by the PR's author with those privileges.

Reported, in a workflow with one of those triggers: `actions/checkout` steps whose `ref:` names the head
(`github.event.pull_request.head.sha`, `.head.ref`, `github.head_ref`, `merge_commit_sha`, `refs/pull/N/...`;
`github.event.workflow_run.head_sha`, `.head_branch`, `.pull_requests`; `github.event.issue.number`) or whose
`repository:` is the PR's head repository; and `run:` steps that fetch or check out the head (`gh pr checkout`,
`git fetch ... pull/...`, `git checkout` of the head SHA or ref).
Not reported: checkouts of the base ref (the default), and workflows without those triggers.
A label or `if:` gate does not silence it: a reviewer's label is not a sandbox.

Fix: use `pull_request` for anything that builds or tests PR code; keep the privileged triggers for jobs that
never touch the PR's files (labelling, commenting, publishing results uploaded as an artifact).
See docs/rules/security/pull-request-target-checkout.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target",
    "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_run",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    -- The privileged triggers this workflow has, with what names the untrusted head in each.
    local trigger, heads, forks = nil, {}, {}
    for _, t in ipairs(p.triggers) do
      local known = PRIVILEGED[t.raw]
      if known then
        trigger = trigger or t.raw
        for _, h in ipairs(known.heads) do heads[#heads + 1] = h end
        for _, h in ipairs(known.forks) do forks[#forks + 1] = h end
      end
    end
    if not trigger then return end
    local function names(s, list)
      if type(s) ~= "string" then return false end
      for _, h in ipairs(list) do
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
          if x:find("pull/", 1, true) or names(x, heads) then return true end
        end
      end
      if a[1] == "checkout" or a[1] == "switch" then
        for _, x in ipairs(a) do
          if names(x, heads) then return true end
        end
      end
      return false
    end
    local why = " in a " .. trigger .. " workflow, which has secrets and a write token"
    for _, job in ipairs(p.jobs) do
      local id = tg.excerpt(job.id)
      for _, step in ipairs(job.steps) do
        local w = step.with
        if step.uses and step.uses.ref:lower():match("^actions/checkout@") and w ~= nil then
          if names(w.ref, heads) then
            ctx:report{ at = w, key = "ref", message = "job '" .. id .. "' checks out the pull request's code" .. why }
          elseif names(w.repository, forks) then
            ctx:report{ at = w, key = "repository", message = "job '" .. id .. "' checks out the pull request's fork" .. why }
          end
        else
          for _, cmd in ipairs(step.commands) do
            if fetches_head(cmd) then
              ctx:report{ at = step, key = "run", message = "job '" .. id .. "' fetches the pull request's code" .. why }
              break
            end
          end
        end
      end
    end
  end,
}

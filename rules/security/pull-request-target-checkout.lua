-- security.pull-request-target-checkout: privileged workflow checks out untrusted PR code.
return {
  id = "security.pull-request-target-checkout",
  title = "pull_request_target workflow checks out the pull request's code",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "github-actions" },
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
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    local on = root.on
    if on == nil then on = root["true"] end -- a YAML 1.1 reader's spelling of `on`
    local prt = false
    if type(on) == "string" then
      prt = on == "pull_request_target"
    elseif tg.type(on) == "seq" then
      for _, e in ipairs(on) do
        if e == "pull_request_target" then prt = true end
      end
    elseif tg.type(on) == "map" then
      prt = on.pull_request_target ~= nil or tg.key_span(on, "pull_request_target") ~= nil
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
    if tg.type(root.jobs) ~= "map" then return end
    for job_id, job in pairs(root.jobs) do
      if tg.type(job) == "map" and tg.type(job.steps) == "seq" then
        for _, step in ipairs(job.steps) do
          if tg.type(step) == "map" then
            local u = step.uses
            if type(u) == "string" and u:lower():match("^actions/checkout@") and tg.type(step.with) == "map" then
              local w = step.with
              if names_head(w.ref) then
                ctx:report{ at = w, key = "ref",
                  message = "job '" .. job_id .. "' checks out the pull request's code in a pull_request_target workflow, which has secrets and a write token" }
              elseif type(w.repository) == "string" and w.repository:find("pull_request.head.repo", 1, true) then
                ctx:report{ at = w, key = "repository",
                  message = "job '" .. job_id .. "' checks out the pull request's fork in a pull_request_target workflow, which has secrets and a write token" }
              end
            elseif type(step.run) == "string" then
              local r = step.run
              if r:find("gh pr checkout", 1, true)
                  or (r:find("git fetch", 1, true) and r:find("pull/", 1, true))
                  or ((r:find("git checkout", 1, true) or r:find("git switch", 1, true)) and names_head(r)) then
                ctx:report{ at = step, key = "run",
                  message = "job '" .. job_id .. "' fetches the pull request's code in a pull_request_target workflow, which has secrets and a write token" }
              end
            end
          end
        end
      end
    end
  end,
}

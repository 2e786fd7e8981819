-- gates.delivery-without-checks: a pipeline that publishes or deploys while no pipeline of its repository
-- builds, tests, scans or checks policy (pipeline model, every CI dialect).
local pl = tg.lib("pipeline")

-- What the standard requires before anything ships, by the model's names, with the words for a message and
-- the severity of its absence.
local CHECKS = {
  { does = "test", label = "tests", severity = "medium" },
  { does = "scan", label = "a security scan", severity = "medium" },
  { does = "policy", label = "a compliance or policy check", severity = "low" },
  { does = "build", label = "a build", severity = "low" },
}
local RANK = { low = 1, medium = 2 }

return {
  id = "gates.delivery-without-checks",
  title = "Pipeline delivers with no tests, security scan, policy check or build in the repository's CI",
  severity = "medium",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  scope = "repository",
  help = [[
The standard requires every pipeline that ships to build, test, scan for vulnerabilities and check compliance
policy first. Reported once per pipeline file that publishes (an image, a package, a release) or deploys outside
test and development environments, at its first such job, naming what neither it nor any pipeline of the same
repository that runs on pushes or pull requests does: a release workflow whose tests run in the CI workflow is
fine. Medium when tests or a security scan are missing, low when only a policy check or a build is.

Not reported for a file that includes others (GitLab `include:`) or calls reusable workflows or templates whose
jobs it does not show, for a pipeline another one starts (`workflow_run`, `workflow_call`, Azure pipeline
resources), or for pull-request-only pipelines. The option `require` (a list of `test`, `scan`, `policy`,
`build`) chooses what is required; the default is all four. See docs/rules/gates/delivery-without-checks.md.]],
  references = {
    "https://slsa.dev/spec/v1.0/requirements",
    "https://docs.github.com/en/actions/using-workflows/events-that-trigger-workflows#workflow_run",
  },
  check = function(repo, ctx)
    local required = {}
    for _, c in ipairs(CHECKS) do
      local want = ctx.options.require == nil
      for _, r in ipairs(ctx.options.require or {}) do
        if r == c.does then want = true end
      end
      if want then required[#required + 1] = c end
    end
    -- What the repository's change-checking pipelines do, by repository.
    local done = {}
    local pipelines = repo:documents("pipeline")
    for _, doc in ipairs(pipelines) do
      local p = doc.root
      if pl.checks_changes(p) or pl.is_partial(p) then
        local key = pl.repository_of(doc.path)
        local d = done[key] or {}
        done[key] = d
        for _, c in ipairs(CHECKS) do
          -- A partial file may hold anything: count it as doing every check.
          if pl.is_partial(p) or pl.any_job_does(p, c.does) then d[c.does] = true end
        end
      end
    end
    -- One finding per file: a Bitbucket file's pipelines (one per branch, tag and custom run) share their steps.
    local reported = {}
    for _, doc in ipairs(pipelines) do
      local p = doc.root
      if not (reported[doc.path] or pl.is_partial(p) or pl.follows_another(p) or pl.pull_request_only(p)) then
        local first
        for _, job in ipairs(p.jobs) do
          if pl.delivers(job) then first = job break end
        end
        if first then
          local d = done[pl.repository_of(doc.path)] or {}
          -- A delivering job that tells its build to skip the tests is gates.tests-skipped's finding.
          local skips = false
          for _, job in ipairs(p.jobs) do
            if #pl.skipped_tests(job) > 0 then skips = true end
          end
          local missing, severity = {}, nil
          for _, c in ipairs(required) do
            if not d[c.does] and not pl.any_job_does(p, c.does) and not (c.does == "test" and skips) then
              missing[#missing + 1] = c.label
              if severity == nil or RANK[c.severity] > RANK[severity] then severity = c.severity end
            end
          end
          if #missing > 0 then
            local what = missing[1]
            if #missing > 1 then what = table.concat(missing, ", ", 1, #missing - 1) .. " or " .. missing[#missing] end
            local verb = first.does.publish and "publishes" or "deploys"
            reported[doc.path] = true
            ctx:report{ at = first, key = "id", on = "key", severity = severity,
              message = "job '" .. tg.excerpt(first.id) .. "' " .. verb .. " but neither this pipeline nor the repository's CI runs " .. what }
          end
        end
      end
    end
  end,
}

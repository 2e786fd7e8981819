-- gates.deploy-not-after-checks: a delivering job that does not wait for the pipeline's own tests and scans
-- (pipeline model, every CI dialect).
local pl = tg.lib("pipeline")
return {
  id = "gates.deploy-not-after-checks",
  title = "Deploy or publish job does not wait for the pipeline's tests and scans",
  severity = "high",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A job that publishes or deploys runs even when the pipeline's tests or scans fail if it does not depend on
them: in GitHub Actions jobs run in parallel unless `needs:` orders them, GitLab's `needs:` replaces stage
order, Azure's `dependsOn: []` and Jenkins' parallel branches do the same. Reported on a delivering job (see
gates.delivery-without-checks) that the pipeline's test, scan or policy jobs (by the commands they run) do not all
precede, naming them. Jobs that test or scan in their own steps, checks that run after the delivery (verifying
it) and checks that never run (`if: false`) are not counted. See
docs/rules/gates/deploy-not-after-checks.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds",
    "https://docs.gitlab.com/ci/yaml/#needs",
  },
  check = function(doc, ctx)
    local p = doc.root
    -- Gates by what they run (a job named "e2e-test-image" may only build an image), that can run at all.
    local gates = {}
    for _, job in ipairs(p.jobs) do
      local d = job.does
      if (d.test or d.scan or d.policy) and not pl.delivers(job) and not (job.condition and job.condition.never) then
        gates[#gates + 1] = job
      end
    end
    if #gates == 0 then return end
    local function runs_after(job, id)
      for _, a in ipairs(job.after) do
        if a == id then return true end
      end
      return false
    end
    for _, job in ipairs(p.jobs) do
      local d = job.does
      if pl.delivers(job) and not (d.test or d.scan or d.policy) then
        local missing = {}
        for _, g in ipairs(gates) do
          -- A check that runs after the delivery verifies what was delivered; it was never meant to gate it.
          if not runs_after(job, g.id) and not runs_after(g, job.id) then
            missing[#missing + 1] = "'" .. tg.excerpt(g.id, 40) .. "'"
          end
        end
        if #missing > 0 then
          local shown = table.concat(missing, ", ", 1, math.min(#missing, 3)) .. (#missing > 3 and ", ..." or "")
          ctx:report{ at = job, key = "id", on = "key",
            message = "job '" .. tg.excerpt(job.id) .. "' " .. (job.does.publish and "publishes" or "deploys")
              .. " without waiting for " .. shown .. ", so it runs even when they fail" }
        end
      end
    end
  end,
}

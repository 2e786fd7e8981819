-- gates.deploy-runs-on-failure: a delivering job whose condition runs it whatever the jobs before it did.
local pl = tg.lib("pipeline")
return {
  id = "gates.deploy-runs-on-failure",
  title = "Deploy or publish job runs even when the jobs before it fail",
  severity = "high",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
`if: always()` (GitHub), `when: always` (GitLab) or `condition: always()` (Azure) on a job that deploys or
publishes runs it after its tests and scans failed or were cancelled: the gate is bypassed by design. Reported at
the condition. Clean-up, notification and report jobs use such conditions rightly; they are not delivering
jobs. See docs/rules/gates/deploy-runs-on-failure.md.]],
  references = { "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#always" },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      if job.condition and job.condition.always and pl.delivers(job) then
        ctx:report{ at = job, key = "condition",
          message = "job '" .. tg.excerpt(job.id) .. "' " .. (job.does.publish and "publishes" or "deploys")
            .. " even when the jobs before it fail" }
      end
    end
  end,
}

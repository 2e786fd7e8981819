-- gates.gate-disabled: a test, scan or policy job or step whose condition can never be true (pipeline model).
local pl = tg.lib("pipeline")
return {
  id = "gates.gate-disabled",
  title = "Test, security scan or compliance job is switched off by its condition",
  severity = "medium",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A gate whose condition can never be true (`if: false`, `if: ${{ false }}`, `condition: false`, GitLab rules that
all say `when: never`) never runs, while the pipeline still looks gated. Reported at the condition of a job or
step that is a gate (it runs a test, scan or policy tool, or its name says so). Fix: delete the condition, or the
job if the check is truly retired. See docs/rules/gates/gate-disabled.md.]],
  references = { "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions" },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      if job.condition and job.condition.never and pl.is_gate(job) then
        ctx:report{ at = job, key = "condition",
          message = "job '" .. tg.excerpt(job.id) .. "' is a test or scan gate but its condition never lets it run" }
      end
      for i, step in ipairs(job.steps) do
        if step.condition and step.condition.never and pl.is_gate(step) then
          ctx:report{ at = step, key = "condition",
            message = "step '" .. tg.excerpt(pl.step_label(step, i)) .. "' is a test or scan but its condition never lets it run" }
        end
      end
    end
  end,
}

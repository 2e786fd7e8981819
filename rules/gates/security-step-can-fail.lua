-- gates.security-step-can-fail: a test, scan or compliance job or step whose failure does not fail the
-- pipeline, in every CI dialect (pipeline model).
local pl = tg.lib("pipeline")
return {
  id = "gates.security-step-can-fail",
  title = "Test, security scan or compliance job is allowed to fail",
  severity = "high",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A flag that lets a job or step fail without failing the pipeline (`continue-on-error: true` in GitHub Actions,
`allow_failure: true` in GitLab CI, `continueOnError: true` in Azure Pipelines, `catchError` or `unstable` in
Jenkins) turns a test, security scan or compliance check into decoration.

A job or step counts as a gate when it runs a test runner, a scanner or a policy tool (by the pipeline model's
reading of its commands and actions), or when its id, name or stage names testing, scanning or compliance.
Expressions (`continue-on-error: ${{ matrix.experimental }}`) and GitLab's `allow_failure: {exit_codes: [...]}`
are not reported. Fix: remove the flag; tune a noisy scanner's configuration or baseline instead of ignoring its
exit code. See docs/rules/gates/security-step-can-fail.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idcontinue-on-error",
    "https://docs.gitlab.com/ci/yaml/#allow_failure",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/steps-script",
    "https://www.jenkins.io/doc/pipeline/steps/workflow-basic-steps/#catcherror-catch-error-and-set-build-result-to-failure",
  },
  check = function(doc, ctx)
    -- Jobs that inherit one flag from a template share its place: one flag, one finding.
    local seen = {}
    local function first_at(x)
      local s = tg.span(x, "may_fail")
      local k = s.line .. ":" .. s.col
      if seen[k] then return false end
      seen[k] = true
      return true
    end
    for _, job in ipairs(doc.root.jobs) do
      local job_gate = pl.is_gate(job)
      if job.may_fail and job_gate and first_at(job) then
        ctx:report{ at = job, key = "may_fail",
          message = "job '" .. tg.excerpt(job.id) .. "' runs a test or scan but may fail without failing the pipeline" }
      end
      for i, step in ipairs(job.steps) do
        if step.may_fail and pl.is_gate(step) and first_at(step) then
          ctx:report{ at = step, key = "may_fail",
            message = "step '" .. tg.excerpt(pl.step_label(step, i)) .. "' runs a test or scan but may fail without failing job '"
              .. tg.excerpt(job.id) .. "'" }
        end
      end
    end
  end,
}

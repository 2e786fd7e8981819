-- gates.scan-soft-fail: a security scanner is told to pass whatever it finds (pipeline model, every CI dialect).
local pl = tg.lib("pipeline")
return {
  id = "gates.scan-soft-fail",
  title = "Security scan is told not to fail",
  severity = "medium",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A scanner that exits 0 whatever it finds is a report, not a gate: the pipeline goes on to publish and deploy
what it flagged. The pipeline model marks such a scan command with `soft_fail` (the option that says so):
`trivy --exit-code 0`, `gitleaks --exit-code 0`, `checkov --soft-fail` (or `-s`), `tfsec --soft-fail`,
`bandit --exit-zero`, `gosec -no-fail`, `zizmor --no-exit-codes`, `kics --ignore-on-exit all|results`, and a scan
whose failure the rest of its line swallows (`snyk test || true`, `|| :`, `|| exit 0`, `|| echo ...`); and a GitHub
step whose scanner action has `exit-code: 0` (trivy-action), `soft_fail: true` (checkov-action, tfsec-action) or
`ignore_on_exit` (kics).

Not reported where gates.security-step-can-fail already reports the step or job (`continue-on-error`,
`allow_failure`, `catchError`): one bypass, one finding. A scanner's default that does not fail (trivy without
`--exit-code`, grype without `--fail-on`, `semgrep scan` without `--error`) is not reported: it is often a report
uploaded to code scanning, where the gate is the required check. Fix: let the scan fail the job, with a
severity threshold (`--severity HIGH,CRITICAL --exit-code 1`) and the scanner's ignore file for accepted findings.
See docs/rules/gates/scan-soft-fail.md.]],
  references = {
    "https://trivy.dev/latest/docs/configuration/others/#exit-code",
    "https://www.checkov.io/2.Basics/CLI%20Command%20Reference.html",
    "https://bandit.readthedocs.io/en/latest/start.html#usage",
    "https://github.com/securego/gosec#usage",
  },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      -- gates.security-step-can-fail reports a gate job or step that may fail: the scan's own flag is the same bypass.
      if not (job.may_fail and pl.is_gate(job)) then
        for _, step in ipairs(job.steps) do
          if not (step.may_fail and pl.is_gate(step)) then
            if step.soft_fail then
              ctx:report{ at = step, key = "soft_fail",
                message = "scan step '" .. tg.excerpt(pl.step_label(step, 1)) .. "' in job '" .. tg.excerpt(job.id)
                  .. "' passes whatever it finds (" .. tg.excerpt(step.soft_fail) .. ")" }
            end
            for _, cmd in ipairs(step.commands) do
              if cmd.soft_fail then
                ctx:report{ at = cmd,
                  message = "'" .. tg.excerpt(cmd.tool or cmd.name) .. "' in job '" .. tg.excerpt(job.id)
                    .. "' passes whatever it finds (" .. tg.excerpt(cmd.soft_fail) .. ")" }
              end
            end
          end
        end
      end
    end
  end,
}

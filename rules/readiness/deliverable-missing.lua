-- readiness.deliverable-missing: a deliverable of the standard (IaC, environments, pipelines, monitoring,
-- alerting, runbooks, disaster recovery) is not in the repository.
local rd = tg.lib("readiness")
return {
  id = "readiness.deliverable-missing",
  title = "Production-readiness deliverable is missing",
  severity = "medium",
  tags = { "readiness" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
The platform standard lists what a service must deliver before production: infrastructure as code, environment
definitions, pipelines, monitoring, alerting, runbooks and disaster-recovery material. A missing one blocks
production readiness: nobody can rebuild, deploy, watch or recover what is not written down.

Each is looked for under `infra/<name>/` first, then where repositories usually keep it (Terraform and
manifests, `.github/workflows/`, ServiceMonitors, PrometheusRules, `runbooks/`, a DR plan), or exactly where
`.tollgate.yaml` maps it (`readiness.deliverables`). Reported at the place it is expected, once per deliverable.

Fix: add the deliverable, or map it in `.tollgate.yaml` to where it lives; map it to `[]` when the standard does
not ask it of this repository.
See docs/rules/readiness/deliverable-missing.md.]],
  references = { "https://sre.google/sre-book/evolving-sre-engagement-model/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil then return end
    rd.report_missing(ctx, r.deliverables, {
      iac = "infrastructure as code", environments = "environment definitions (two or more environments)",
      pipelines = "CI/CD pipelines", monitoring = "monitoring (metrics collection or dashboards)",
      alerting = "alerting rules", runbooks = "runbooks", ["disaster-recovery"] = "disaster-recovery material",
    })
  end,
}

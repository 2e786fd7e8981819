-- readiness.slo-undefined: the repository monitors its service but defines no service-level objective.
local rd = tg.lib("readiness")
return {
  id = "readiness.slo-undefined",
  title = "No service-level objective is defined",
  severity = "medium",
  tags = { "readiness", "observability" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
Metrics say what a service does; an objective says whether that is good enough. Without an SLO, alerts have no
threshold worth paging on and releases no error budget to spend.

Recognised: OpenSLO (`apiVersion: openslo/v1`, `kind: SLO`), Sloth (`PrometheusServiceLevel`, or
`version: prometheus/v1` with `slos:`), Pyrra and Google's slo-generator `ServiceLevelObjective`, Prometheus
recording rules named for an objective (`slo:`, `sli:`, `error_budget`), and SLO resources of Google Cloud
Monitoring, Datadog, New Relic, Grafana, Dynatrace, Honeycomb, Sumo Logic and AWS Application Signals in the
infrastructure code. A document that only mentions an SLO in prose is not one. Not reported when the repository
has no monitoring (readiness.deliverable-missing).

Fix: define the objectives as code beside the monitoring.
See docs/rules/readiness/slo-undefined.md.]],
  references = { "https://openslo.com/", "https://sre.google/sre-book/service-level-objectives/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil or not rd.present(r, "monitoring") or #r.slos > 0 then return end
    ctx:report{ at = rd.at(r.monitoring_place),
      message = "monitoring has no service-level objective (OpenSLO, Sloth, Pyrra, SLO recording rules)" }
  end,
}

-- readiness.monitoring-without-alerting: a service's metrics are collected but no alert watches it.
local rd = tg.lib("readiness")
return {
  id = "readiness.monitoring-without-alerting",
  title = "Monitored service has no alert",
  severity = "medium",
  tags = { "readiness", "observability" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
Monitoring without alerting is incomplete: the metrics of an outage are collected and nobody is told. A service
whose metrics are collected or shown (a `ServiceMonitor` or `PodMonitor`, a `prometheus.io/scrape: "true"`
annotation, a chart's values enabling them, a Grafana dashboard whose title names a workload) is reported, once,
when no alerting rule of the repository names it (its name in the alert's expression, name or labels)
and no alert covers every target (an expression without a label selector, such as `up == 0`).

Reported only where the repository has alerting of its own (else readiness.deliverable-missing reports the
missing alerting once); cloud alarms and hosted monitors (CloudWatch, Datadog, ...) are trusted to cover what the
files cannot relate.

Fix: add an alerting rule for the service's key symptoms (availability, errors, latency).
See docs/rules/readiness/monitoring-without-alerting.md.]],
  references = { "https://sre.google/sre-book/monitoring-distributed-systems/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil or not rd.present(r, "alerting") then return end
    for _, m in ipairs(r.monitored) do
      if not m.alerted then
        ctx:report{ at = { path = m.path, line = m.line },
          message = tg.excerpt(m.what) .. " monitors '" .. tg.excerpt(m.name) .. "', and no alert watches it" }
      end
    end
  end,
}

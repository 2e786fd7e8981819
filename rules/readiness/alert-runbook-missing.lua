-- readiness.alert-runbook-missing: an alerting rule links no runbook, or links one the repository does not have.
return {
  id = "readiness.alert-runbook-missing",
  title = "Alert links no runbook in the repository",
  severity = "medium",
  tags = { "readiness", "observability" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
An alert pages someone; the runbook tells them what to do. The standard asks every alerting rule to link its
runbook, and the runbook to exist.

Read from Prometheus rule files and `PrometheusRule` objects: an alerting rule (`alert:`) with no `runbook_url`
(or `runbook`, `runbook_link`, `playbook_url`) annotation, or one whose relative link (from the rule file's
folder, or from the repository's top) names a file that does not exist. A URL is not reported: a Git host's
`/blob/<ref>/<path>` link whose path is here counts as found, and one whose path is not may name another
repository. Links built from labels (`{{ $labels.alertname }}`) cannot be checked from the files either.

Fix: write the runbook and link it from the alert's annotations.
See docs/rules/readiness/alert-runbook-missing.md.]],
  references = { "https://runbooks.prometheus-operator.dev/", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil then return end
    for _, a in ipairs(r.alerts) do
      if a.runbook_status == "none" then
        ctx:report{ at = { path = a.path, line = a.line },
          message = "alert '" .. tg.excerpt(a.name) .. "' links no runbook (runbook_url annotation)" }
      elseif a.runbook_status == "not-found" then
        ctx:report{ at = { path = a.path, line = a.runbook_line },
          message = "alert '" .. tg.excerpt(a.name) .. "' links runbook '" .. tg.excerpt(a.runbook) ..
            "', which is not in the repository" }
      end
    end
  end,
}

-- observability.database-monitoring-disabled: a database instance with neither enhanced monitoring nor query
-- performance insights.
local res = tg.lib("resource")

local kTypes = {
  aws_db_instance = true, aws_rds_cluster_instance = true, ["AWS::RDS::DBInstance"] = true,
  google_sql_database_instance = true,
}

return {
  id = "observability.database-monitoring-disabled",
  title = "Database has no enhanced monitoring or performance insights",
  severity = "low",
  tags = { "observability", "resource" },
  applies_to = { "resource" },
  help = [[
Without OS-level metrics (RDS Enhanced Monitoring) or query-level insights (Performance Insights, Cloud SQL Query
Insights), a slow or saturated database shows only coarse hypervisor metrics: the query, lock or memory pressure
behind an incident cannot be found. Reported for an RDS instance (`aws_db_instance`, `aws_rds_cluster_instance`,
`AWS::RDS::DBInstance`) with neither `monitoring_interval` above 0 nor `performance_insights_enabled = true`, and a
Cloud SQL instance without `settings.insights_config.query_insights_enabled = true` (both off by default).

Not reported: an instance with either kind of monitoring, unknown values, and Azure databases (their metrics and
Query Store need no resource attribute).

Fix: `monitoring_interval = 60` with a `monitoring_role_arn`, and `performance_insights_enabled = true`; Cloud SQL
`insights_config { query_insights_enabled = true }`.
See docs/rules/observability/database-monitoring-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.html",
    "https://cloud.google.com/sql/docs/postgres/using-query-insights",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kTypes[item.type] then return end
    local em, pi = item.enhanced_monitoring, item.performance_insights
    if (em ~= nil and res.known(em) == nil) or (pi ~= nil and res.known(pi) == nil) then return end  -- unknown
    if em == true or pi == true then return end
    local message = tg.excerpt(item.address) .. " has neither enhanced monitoring nor performance insights"
    if item.type == "google_sql_database_instance" then
      message = tg.excerpt(item.address) .. " does not enable Query Insights"
    end
    if pi == false then
      ctx:report{ at = item, key = "performance_insights", message = message }
    elseif em == false then
      ctx:report{ at = item, key = "enhanced_monitoring", message = message }
    else
      res.report_absent(ctx, item, message)
    end
  end,
}

-- resilience.backup-retention-short: a database that keeps its automated backups for less than a week.
local res = tg.lib("resource")

-- Types whose backup retention, when unset, is 1 day (the API's default; the console's is 7).
local kOneDayDefault = {
  aws_db_instance = true, aws_rds_cluster = true, aws_docdb_cluster = true, aws_neptune_cluster = true,
  ["AWS::RDS::DBInstance"] = true, ["AWS::RDS::DBCluster"] = true, ["AWS::DocDB::DBCluster"] = true,
  ["AWS::Neptune::DBCluster"] = true,
}

return {
  id = "resilience.backup-retention-short",
  title = "Database keeps its automated backups for less than a week",
  severity = "low",
  tags = { "resilience", "resource", "backup" },
  applies_to = { "resource" },
  help = [[
A database whose automated backups are kept for 1 to 6 days: a corruption noticed after a long weekend can no
longer be rolled back. Reported for a retention set below the minimum (7 days, or the rule's `min_days` option),
and for an RDS, Aurora, DocumentDB or Neptune database that sets none, whose API default is 1 day.

Not reported: a retention of 0 (resilience.database-backups-disabled), replicas and restores, unknown values, and
databases whose default is a week or more (Cloud SQL keeps 7 backups, Azure SQL and PostgreSQL 7 days).

Fix: `backup_retention_period = 7` or more (up to 35). See docs/rules/resilience/backup-retention-short.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
    "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "database" or res.is_copy(item) then return end
    local min = tonumber(ctx.options.min_days) or 7
    local days = item.backup_retention_days
    if days == nil then
      if kOneDayDefault[item.type] then
        res.report_absent(ctx, item, tg.excerpt(item.address)
          .. " sets no backup retention, so the API's default of 1 day of automated backups applies")
      end
      return
    end
    days = res.known(days)
    if tg.type(days) == "int" and days > 0 and days < min then
      ctx:report{ at = item, key = "backup_retention_days",
        message = tg.excerpt(item.address) .. " keeps automated backups for " .. days .. " day(s), less than " .. min }
    end
  end,
}

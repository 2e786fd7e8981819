-- resilience.database-backups-disabled: a managed database whose automated backups are switched off (resource model).
local res = tg.lib("resource")

-- Types whose automated backups are off unless switched on: Cloud SQL (`backup_configuration { enabled }`).
local kOffByDefault = { google_sql_database_instance = true }

return {
  id = "resilience.database-backups-disabled",
  title = "Managed database has automated backups disabled",
  severity = "high",
  tags = { "resilience", "resource", "backup" },
  applies_to = { "resource" },
  help = [[
Reported when a database's automated backups are switched off explicitly: a backup retention of 0
(`backup_retention_period = 0` on RDS, DocumentDB and Neptune, `automated_snapshot_retention_period = 0` on
Redshift, `BackupRetentionPeriod: 0` in CloudFormation, Cloud SQL `backup_configuration { enabled = false }`,
Azure `backup_retention_days = 0`), in Terraform, plans and CloudFormation alike; and a Cloud SQL instance with no
`backup_configuration { enabled = true }` (off by default) unless its environment tag, name or path says it is
not production.

Not reported: read replicas and restores (`replicate_source_db`, `SourceDBInstanceIdentifier`,
`master_instance_name`), whose backups are the source's; an unset retention elsewhere (the provider's default
applies; resilience.backup-retention-short judges it); values that are not known from the files
(`var.retention` with no value).

Fix: set a retention that meets the service's RPO (7 to 35 days for production), and test restores.
See docs/rules/resilience/database-backups-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
    "https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "database" or res.is_copy(item) then return end
    if item.backup_retention_days == nil and kOffByDefault[item.type] then
      local tier = res.tier(item, doc)
      if tier ~= nil and tier ~= "production" then return end
      res.report_absent(ctx, item, tg.excerpt(item.address)
        .. " does not enable automated backups, which are off by default, so no restore is possible")
      return
    end
    local days = res.known(item.backup_retention_days)
    if days ~= 0 then return end
    ctx:report{ at = item, key = "backup_retention_days",
      message = tg.excerpt(item.address) .. " keeps no automated backups, so neither restores nor point-in-time recovery are possible" }
  end,
}

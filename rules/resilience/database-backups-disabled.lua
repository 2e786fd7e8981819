-- resilience.database-backups-disabled: a managed database whose automated backups are switched off (resource model).
local res = tg.lib("resource")

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
Azure `backup_retention_days = 0`), in Terraform, plans and CloudFormation alike.

Not reported: read replicas and restores (`replicate_source_db`, `SourceDBInstanceIdentifier`), whose backups
are the source's; an unset retention (the provider's default applies; resilience.backup-retention-short judges
it); values that are not known from the files (`var.retention` with no value).

Fix: set a retention that meets the service's RPO (7 to 35 days for production), and test restores.
See docs/rules/resilience/database-backups-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
    "https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "database" then return end
    local days = res.known(item.backup_retention_days)
    if days ~= 0 or res.is_copy(item) then return end
    ctx:report{ at = item, key = "backup_retention_days",
      message = tg.excerpt(item.address) .. " keeps no automated backups, so neither restores nor point-in-time recovery are possible" }
  end,
}

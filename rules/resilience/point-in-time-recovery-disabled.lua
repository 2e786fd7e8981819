-- resilience.point-in-time-recovery-disabled: a database that cannot be restored to a moment before a bad write.
local res = tg.lib("resource")

-- Types whose point-in-time recovery is off unless set.
local kOffByDefault = { aws_dynamodb_table = true, ["AWS::DynamoDB::Table"] = true }

return {
  id = "resilience.point-in-time-recovery-disabled",
  title = "Database has point-in-time recovery disabled",
  severity = "medium",
  tags = { "resilience", "resource", "backup" },
  applies_to = { "resource" },
  help = [[
Without point-in-time recovery a table or database can only go back to its last snapshot, if it has one: a bad
migration or a deleting bug loses everything since. Reported for a DynamoDB table without
`point_in_time_recovery { enabled = true }` (`PointInTimeRecoverySpecification`), which is off by default, and for
databases that switch it off explicitly: Cloud SQL `point_in_time_recovery_enabled = false` (PostgreSQL) or
`binary_log_enabled = false` (MySQL), Cosmos DB with a `Periodic` backup policy written.

Not reported: unknown values, and RDS, whose point-in-time recovery comes with any backup retention above 0
(resilience.database-backups-disabled covers 0).

Fix: enable it (`point_in_time_recovery { enabled = true }`). See docs/rules/resilience/point-in-time-recovery-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html",
    "https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr",
    "https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "database" then return end
    local pitr = item.point_in_time_recovery
    if pitr == nil then
      if kOffByDefault[item.type] then
        res.report_absent(ctx, item, tg.excerpt(item.address)
          .. " does not enable point-in-time recovery, which is off by default")
      end
      return
    end
    if res.known(pitr) == false then
      ctx:report{ at = item, key = "point_in_time_recovery",
        message = tg.excerpt(item.address) .. " disables point-in-time recovery" }
    end
  end,
}

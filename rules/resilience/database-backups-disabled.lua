-- resilience.database-backups-disabled: managed databases with automated backups turned off.
local tf = tg.lib("terraform")

return {
  id = "resilience.database-backups-disabled",
  title = "Managed database has automated backups disabled",
  severity = "high",
  tags = { "resilience", "terraform", "backup" },
  applies_to = { "terraform" },
  help = [[
Reported when automated backups are switched off explicitly:
- `aws_db_instance` with `backup_retention_period = 0` (RDS disables automated backups and point-in-time
  recovery at 0), unless it is a read replica (`replicate_source_db` set), whose backups live on the source;
- `aws_rds_cluster` with `backup_retention_period = 0`;
- `google_sql_database_instance` with `settings.backup_configuration.enabled = false`.

Not reported: an unset `backup_retention_period` (the RDS API then applies its own default of 1 day),
a missing `backup_configuration` block, values that are expressions (`var.retention`), and any value of 1
or more. Whether 1 day is enough is a separate question.

Fix: set a retention that meets the service's RPO (7 to 35 days for production), and test restores.
See docs/rules/resilience/database-backups-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period",
    "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration",
    "https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
  },
  check = function(doc, ctx)
    local function is_zero(v)
      local t = tg.type(v)
      return (t == "int" and v == 0) or (t == "string" and v:match("^%s*0%s*$") ~= nil)
    end
    local function is_false(v)
      local t = tg.type(v)
      return (t == "bool" and v == false) or (t == "string" and v:lower() == "false")
    end
    local root = doc.root
    tf.blocks(root, "resource", "aws_db_instance", function(_, name, b)
      if b.replicate_source_db ~= nil then return end
      if is_zero(b.backup_retention_period) then
        ctx:report{ at = b, key = "backup_retention_period",
          message = "aws_db_instance." .. name .. " sets backup_retention_period = 0, which disables automated backups and point-in-time recovery" }
      end
    end)
    tf.blocks(root, "resource", "aws_rds_cluster", function(_, name, b)
      if is_zero(b.backup_retention_period) then
        ctx:report{ at = b, key = "backup_retention_period",
          message = "aws_rds_cluster." .. name .. " sets backup_retention_period = 0, so the cluster keeps no automated backups" }
      end
    end)
    tf.blocks(root, "resource", "google_sql_database_instance", function(_, name, b)
      for settings in tg.each(b.settings) do
        if tg.type(settings) == "map" then
          for bc in tg.each(settings.backup_configuration) do
            if tg.type(bc) == "map" and is_false(bc.enabled) then
              ctx:report{ at = bc, key = "enabled",
                message = "google_sql_database_instance." .. name .. " disables automated backups (backup_configuration.enabled = false)" }
            end
          end
        end
      end
    end)
  end,
}

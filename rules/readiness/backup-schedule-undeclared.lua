-- readiness.backup-schedule-undeclared: nothing in the repository says when backups are taken.
local rd = tg.lib("readiness")
return {
  id = "readiness.backup-schedule-undeclared",
  title = "No backup schedule is declared",
  severity = "medium",
  tags = { "readiness", "resilience" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
A recovery point objective is only as good as the backups behind it. The standard asks the disaster-recovery
material to say when backups are taken.

Evidence, any of: a line of the repository's Markdown or text naming backups or snapshots with a schedule (`daily`,
`every 6 hours`, a cron expression); a database with automated backups or point-in-time recovery in the resource
model; a backup plan (`aws_backup_plan`, `AWS::Backup::BackupPlan`); a Velero `Schedule`; a CronJob named for
backups. Not reported when there is no disaster-recovery material (readiness.deliverable-missing).

Fix: state the backup schedule in the DR plan, or define it as code.
See docs/rules/readiness/backup-schedule-undeclared.md.]],
  references = { "https://velero.io/docs/main/api-types/schedule/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil or not rd.present(r, "disaster-recovery") or #r.backups > 0 then return end
    ctx:report{ at = rd.at(r.dr_place),
      message = "no backup schedule is declared in the disaster-recovery material or the infrastructure code" }
  end,
}

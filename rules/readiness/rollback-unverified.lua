-- readiness.rollback-unverified: no rollback verification is recorded, or the last one is older than the window.
local rd = tg.lib("readiness")
return {
  id = "readiness.rollback-unverified",
  title = "Rollback has not been verified recently",
  severity = "medium",
  tags = { "readiness", "gates" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
An untested rollback fails when it is needed: a migration that cannot run backwards, an image no longer in the
registry, a runbook step that no longer exists. The standard forbids untested rollbacks: the procedure must exist
and be exercised, and a record older than the window (90 days unless `readiness.rollback-window-days` says
otherwise) no longer says it works.

A verification record is an ISO date on a line that names a rollback and its check (`2026-11-02 rollback of
v1.8 verified in staging`), or a dated line of a file named for rollbacks that says it was tested or passed.
Reported at the newest record when it is too old, else at the rollback procedure (a runbook section, a pipeline
rollback job), else at the runbooks.

Fix: exercise the rollback (in staging, or as a drill) and record the date and the outcome.
See docs/rules/readiness/rollback-unverified.md.]],
  references = { "https://sre.google/workbook/canarying-releases/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil then return end
    if r.rollback_gap == nil then return end
    local at = r.rollback_checks[1] or r.rollback_procedures[1] or r.runbooks_place
    ctx:report{ at = rd.at(at), message = r.rollback_gap }
  end,
}

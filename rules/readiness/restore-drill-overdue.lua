-- readiness.restore-drill-overdue: no restore drill is recorded, or the last one is older than the window.
local rd = tg.lib("readiness")
return {
  id = "readiness.restore-drill-overdue",
  title = "No recent restore drill is recorded",
  severity = "medium",
  tags = { "readiness", "resilience" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
A backup that was never restored is a hope, not a recovery plan. The standard asks for restore drills to be run and
recorded; a record older than the window (90 days unless `readiness.drill-window-days` says otherwise) no longer
says the restore works today.

A drill record is an ISO date (`2026-10-14`) on a line naming a drill (`restore drill`, `DR test`, `failover
test`, `game day`), or any dated line of a file named for drills (`dr/drills.md`). Lines about what is planned
(`next`, `scheduled`, `due`) and dates still to come are not records. Reported at the newest record when it is too
old, else at the disaster-recovery material; not reported when there is none (readiness.deliverable-missing).

Fix: run a restore drill and record its date and outcome.
See docs/rules/readiness/restore-drill-overdue.md.]],
  references = { "https://sre.google/sre-book/data-integrity/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil or not rd.present(r, "disaster-recovery") then return end
    if r.drill_gap then ctx:report{ at = rd.at(r.drills[1] or r.dr_place), message = r.drill_gap } end
  end,
}

-- readiness.dr-objectives-undeclared: the disaster-recovery material states no RPO or no RTO.
local rd = tg.lib("readiness")
return {
  id = "readiness.dr-objectives-undeclared",
  title = "Disaster recovery declares no RPO or RTO",
  severity = "medium",
  tags = { "readiness" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
A recovery point objective (how much data may be lost) and a recovery time objective (how long the service may be
down) are what backups, replicas and drills are sized and judged against. Without them a restore that takes a day
or loses an hour of orders cannot be called a failure.

Read from the repository's Markdown and text: a line naming `RPO` or `RTO` (or "recovery point/time objective")
with a duration (`RPO: 15 minutes`, `| RTO | 1h |`). Reported at the disaster-recovery material, once, naming
what is missing; not reported when there is no disaster-recovery material (readiness.deliverable-missing).

Fix: state both objectives in the DR plan, per service or data store.
See docs/rules/readiness/dr-objectives-undeclared.md.]],
  references = { "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil or not rd.present(r, "disaster-recovery") then return end
    local missing = {}
    if #r.rpo == 0 then missing[#missing + 1] = "recovery point objective (RPO)" end
    if #r.rto == 0 then missing[#missing + 1] = "recovery time objective (RTO)" end
    if #missing > 0 then
      ctx:report{ at = rd.at(r.dr_place),
        message = "disaster-recovery material declares no " .. table.concat(missing, " and no ") }
    end
  end,
}

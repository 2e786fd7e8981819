-- resilience.rolling-update-all-at-once: a RollingUpdate whose budget lets every replica go down at once
-- (workload model). `maxUnavailable: 100%` and Recreate are resilience.recreate-strategy's.
local wl = tg.lib("workload")
return {
  id = "resilience.rolling-update-all-at-once",
  title = "Rolling update may take every replica down at once",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
A `RollingUpdate` whose `maxUnavailable` is a number of pods equal to or above `replicas` is a Recreate in
disguise: the controller may stop every old pod before a new one is ready, so each rollout is an outage and a bad
version takes the whole service down at once.

Reported for a Deployment, StatefulSet, ReplicaSet, Argo Rollout or DeploymentConfig with a literal `replicas` of
2 or more and an integer `maxUnavailable` at least that large. Not reported: `maxUnavailable: 100%` and
`type: Recreate` (resilience.recreate-strategy reports those), a workload an autoscaler scales (its replica count
moves), one replica (resilience.single-replica's subject), and percentages below 100%, which round down and so
always keep a pod. Fix: set `maxUnavailable` to 25% or 1 (with `maxSurge` above 0 so a new pod starts first).
See docs/rules/resilience/rolling-update-all-at-once.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-unavailable",
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-surge",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or not wl.service(w) then return end
    if w.strategy ~= nil and w.strategy ~= "RollingUpdate" and w.strategy ~= "Rolling" then return end
    if w.autoscaler ~= nil then return end
    local r, mu = w.replicas, w.max_unavailable
    if math.type(r) ~= "integer" or r < 2 or math.type(mu) ~= "integer" then return end
    if mu >= r then
      ctx:report{ at = w, key = "max_unavailable",
        message = wl.label(w) .. " lets " .. mu .. " of its " .. r .. " replicas be unavailable during a rollout: every pod may go down at once" }
    end
  end,
}

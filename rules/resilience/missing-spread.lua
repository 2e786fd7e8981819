-- resilience.missing-spread: replicated production services whose pods may share one node or zone (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.missing-spread",
  title = "Production replicas are not spread across nodes or zones",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
Replicas the scheduler may put on one node (or in one zone) fail together. Reported for a production
Deployment, StatefulSet, ReplicaSet, ReplicationController, Argo Rollout or DeploymentConfig with 2 or more
replicas (or an autoscaler) and neither `topologySpreadConstraints` nor `podAntiAffinity`; Helm values too when
they set `replicaCount` of 2 or more and neither key. Production is decided as in resilience.single-replica.
Not reported: single replicas, Kustomize patches, Jobs, CronJobs, DaemonSets. The scheduler's default spreading
is a preference, not a guarantee. Fix: add `topologySpreadConstraints` on `topology.kubernetes.io/zone` and
`kubernetes.io/hostname`. See docs/rules/resilience/missing-spread.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if not wl.service(w) or w.partial == true or w.spread ~= nil then return end
    local r = w.replicas
    if not ((type(r) == "number" and r >= 2) or w.autoscaler ~= nil) then return end
    local why = wl.production(w, doc, ctx.options)
    if why == nil then return end
    local key = w.source == "helm-values" and "replicas" or (w.name ~= nil and "name" or nil)
    ctx:report{ at = w, key = key,
      message = wl.label(w) .. " does not spread its replicas across nodes or zones (" .. why .. ")" }
  end,
}

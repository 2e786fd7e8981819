-- resilience.missing-disruption-budget: replicated production services with no PodDisruptionBudget (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.missing-disruption-budget",
  title = "Production service has no PodDisruptionBudget",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
Without a PodDisruptionBudget, a node drain (a cluster upgrade, an autoscaler scale-down) may evict every
replica at once. Reported for a production Deployment, StatefulSet, ReplicaSet, ReplicationController, Argo
Rollout or DeploymentConfig with 2 or more replicas (or an autoscaler) that no budget near it selects (in its
file, its folder, or a folder beside it: see docs/document-model.md). Production is decided as in
resilience.single-replica (namespace or path naming production, or the `namespaces`/`all` options). Not
reported: single replicas (resilience.single-replica's), Helm values (the chart may ship the budget), Kustomize
patches, Jobs, CronJobs, DaemonSets. Fix: add a PodDisruptionBudget with `maxUnavailable: 1` (or
`minAvailable`) selecting the pods. See docs/rules/resilience/missing-disruption-budget.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
    "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or not wl.service(w) or not wl.complete(w) then return end
    if w.disruption_budget ~= nil then return end
    local r = w.replicas
    if not ((type(r) == "number" and r >= 2) or w.autoscaler ~= nil) then return end
    local why = wl.production(w, doc, ctx.options)
    if why == nil then return end
    ctx:report{ at = w, key = w.name ~= nil and "name" or nil,
      message = wl.label(w) .. " has no PodDisruptionBudget, so a node drain can evict every replica at once (" .. why .. ")" }
  end,
}

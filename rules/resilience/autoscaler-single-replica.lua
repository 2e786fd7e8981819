-- resilience.autoscaler-single-replica: production services whose autoscaler may scale them down to one pod
-- (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.autoscaler-single-replica",
  title = "Production autoscaler may scale down to a single replica",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
An autoscaler decides how many replicas a workload runs, so its minimum is the replica count at quiet hours: a
HorizontalPodAutoscaler with `minReplicas: 1` (the default when not written) or Helm
`autoscaling.minReplicas: 1` leaves a production service on one pod whenever load is low, and that pod's
eviction, crash or rollout is an outage.

Reported on the autoscaler's minimum (or on the workload's name when the minimum is not written) for a production
Deployment, StatefulSet, ReplicaSet, Argo Rollout or DeploymentConfig, or production Helm values with
`autoscaling.enabled: true`. Production is decided as in resilience.single-replica (a namespace or path naming
production, or the `namespaces`/`all` options). Not reported: minimums of 2 or more, values that are not literals,
anything not production, KEDA ScaledObjects (they mostly scale queue consumers, which may rightly run none). A workload with an autoscaler is not reported by resilience.single-replica.
Fix: `minReplicas: 2` or more. See docs/rules/resilience/autoscaler-single-replica.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
  },
  check = function(doc, ctx)
    local w = doc.root
    local a = w.autoscaler
    -- KEDA ScaledObjects mostly scale queue consumers, for which running none while the queue is empty is the
    -- point: only HorizontalPodAutoscalers (and Helm's `autoscaling`) are judged.
    if a == nil or a.kind == "ScaledObject" or not wl.service(w) then return end
    local why = wl.production(w, doc, ctx.options)
    if why == nil then return end
    local min = a.min_replicas
    if min == nil then
      ctx:report{ at = w, key = w.name ~= nil and "name" or nil,
        message = "the autoscaler of " .. wl.label(w) .. " has no minReplicas, so it may run 1 replica in production ("
          .. why .. ")" }
      return
    end
    if math.type(min) ~= "integer" or min >= 2 then return end
    ctx:report{ at = a, key = "min_replicas",
      message = "the autoscaler of " .. wl.label(w) .. " may scale it down to " .. min .. " replica"
        .. (min == 1 and "" or "s") .. " in production (" .. why .. ")" }
  end,
}

-- resilience.single-replica: production services that run one pod (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.single-replica",
  title = "Production service runs a single replica",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
One replica is an outage on every node drain, eviction, crash and rollout. Reported for a production
Deployment, StatefulSet, ReplicaSet, ReplicationController, Argo Rollout or OpenShift DeploymentConfig whose
`replicas` is 1 (or not set: the default is 1), and for production Helm values whose `replicaCount` is 1, unless
an autoscaler covers it (resilience.autoscaler-single-replica judges the autoscaler's minimum).

Production: the workload's namespace, or its file's path, has a word naming production (`prod`,
`production`, `prd`, `live`), or the rule's options say so: `options: { resilience.single-replica:
{ namespaces: [payments] } }` or `{ all: true }`. Not reported: Jobs, CronJobs, DaemonSets, Pods, Kustomize
patches, and anything not production. Fix: run at least 2 replicas (3 across zones for a quorum), or an
autoscaler with `minReplicas: 2`. See docs/rules/resilience/single-replica.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
    "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if not wl.service(w) or w.partial == true then return end
    local why = wl.production(w, doc, ctx.options)
    if why == nil then return end
    local r = w.replicas
    if r ~= nil and r ~= 1 then return end
    -- An autoscaler decides the replica count: resilience.autoscaler-single-replica judges its minimum.
    if w.autoscaler ~= nil then return end
    local msg = wl.label(w) .. " runs a single replica in production (" .. why .. ")"
    if r == nil then
      ctx:report{ at = w, key = w.name ~= nil and "name" or nil, message = msg .. ": replicas defaults to 1" }
    else
      ctx:report{ at = w, key = "replicas", message = msg }
    end
  end,
}

-- resilience.missing-health-probes: long-running containers without readiness or liveness probes.

-- The workload kinds whose containers serve traffic (defined once per Lua state, not per call).
local KINDS = { Deployment = true, StatefulSet = true, DaemonSet = true, ReplicaSet = true,
  ReplicationController = true, Pod = true }

return {
  id = "resilience.missing-health-probes",
  title = "Long-running container has no readiness or liveness probe",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "kubernetes" },
  help = [[
Without a `readinessProbe`, a container receives traffic as soon as it starts and keeps receiving it when
it cannot serve; without a `livenessProbe`, a hung process is never restarted. Reported once per missing
probe per container, located at the container's `name`, for Deployments, StatefulSets, DaemonSets,
ReplicaSets, ReplicationControllers and bare Pods.

Not reported: init containers (including native sidecars), Jobs and CronJobs, Pods owned by a Job
(`ownerReferences`), and Pods with `restartPolicy: Never` or `OnFailure` (one-off tasks).

Fix: add an HTTP, TCP, gRPC or exec probe for each; give the liveness probe a looser threshold than the
readiness probe, and use a `startupProbe` for slow starters. See docs/rules/resilience/missing-health-probes.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    local kind = root.kind
    if not KINDS[kind] then return end
    if kind == "Pod" then
      local owners = tg.get(root, "metadata.ownerReferences")
      if tg.type(owners) == "seq" then
        for _, o in ipairs(owners) do
          if tg.type(o) == "map" and (o.kind == "Job" or o.kind == "CronJob") then return end
        end
      end
      local rp = tg.get(root, "spec.restartPolicy")
      if rp == "Never" or rp == "OnFailure" then return end
    end
    local containers = tg.k8s.containers(root)
    if containers == nil then return end
    for _, c in ipairs(containers) do
      local node = c.node
      if not c.init and tg.type(node) == "map" then
        local name = node.name
        local cname = tostring(name or "?")
        local at_key = name ~= nil and "name" or nil
        if node.readinessProbe == nil then
          ctx:report{ at = node, key = at_key,
            message = "container '" .. cname .. "' of " .. kind .. " has no readinessProbe, so it gets traffic before it is ready" }
        end
        if node.livenessProbe == nil then
          ctx:report{ at = node, key = at_key,
            message = "container '" .. cname .. "' of " .. kind .. " has no livenessProbe, so a hung process is never restarted" }
        end
      end
    end
  end,
}

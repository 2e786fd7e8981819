-- resilience.missing-memory-limit: Kubernetes containers with no memory limit (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.missing-memory-limit",
  title = "Container has no memory limit",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
A container without a memory limit can take all the memory of its node: a leak in one service gets other pods
evicted or OOM-killed, and the scheduler cannot know what the pod really needs. Reported once per container
(init containers too) of a complete Kubernetes workload whose `resources.limits.memory` is not set, and for a
compose service that sets `deploy.resources` but no memory limit. Not reported: Kustomize patches and Helm
values (the base or the chart may set it), a `LimitRange` default (not visible in the workload; suppress the
namespace's findings with a reason), ECS (the task's own `memory` bounds it). A CPU limit is not asked for:
CPU is compressible, and CPU limits throttle more than they protect.
Fix: set `resources.limits.memory` (and `requests.memory`, usually equal).
See docs/rules/resilience/missing-memory-limit.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
  },
  check = function(doc, ctx)
    local w = doc.root
    local src = w.source
    if src ~= "kubernetes" or not wl.complete(w) then return end
    for _, c in ipairs(wl.containers(w)) do
      local res = c.resources
      if tg.type(res) == "map" then
        local limits = res.limits
        if limits == nil or (tg.type(limits) == "map" and limits.memory == nil) then
          local at, key = wl.container_at(c)
          ctx:report{ at = at, key = key, message = wl.container_label(w, c) .. " has no memory limit" }
        end
      end
    end
  end,
}

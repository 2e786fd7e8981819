-- resilience.missing-resource-requests: Kubernetes containers that request no CPU or memory (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.missing-resource-requests",
  title = "Container requests no CPU or memory",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
The scheduler places pods by their requests: a container that requests nothing can land on a full node, is the
first to be evicted under pressure (BestEffort), and gives autoscalers nothing to work from. Reported once per
container of a complete Kubernetes workload for each of `cpu` and `memory` that has neither a request nor a
limit (a limit alone sets the request to the same value). Not reported: Kustomize patches, Helm values, init
containers. Fix: set `resources.requests.cpu` and `resources.requests.memory` from observed usage.
See docs/rules/resilience/missing-resource-requests.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
    "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or not wl.complete(w) then return end
    for _, c in ipairs(wl.containers(w)) do
      local res = c.resources
      if c.init ~= true and tg.type(res) == "map" then
        local req, lim = res.requests, res.limits
        -- An unknown section (a template) is not known to be missing.
        if (req == nil or tg.type(req) == "map") and (lim == nil or tg.type(lim) == "map") then
          local missing = {}
          for _, r in ipairs({ "cpu", "memory" }) do
            if (req == nil or req[r] == nil) and (lim == nil or lim[r] == nil) then missing[#missing + 1] = r end
          end
          if #missing > 0 then
            local at, key = wl.container_at(c)
            ctx:report{ at = at, key = key,
              message = wl.container_label(w, c) .. " requests no " .. table.concat(missing, " or ") }
          end
        end
      end
    end
  end,
}

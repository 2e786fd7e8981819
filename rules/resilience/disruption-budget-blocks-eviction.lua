-- resilience.disruption-budget-blocks-eviction: PodDisruptionBudgets that allow no voluntary eviction at all
-- (Kubernetes documents, and the workload model for budgets measured against a workload's replicas).
local wl = tg.lib("workload")
local k8s = tg.lib("kubernetes")

local function percent(v)
  if type(v) ~= "string" then return nil end
  local n = v:gsub("%s", ""):match("^(%d+)%%$")
  return n and tonumber(n) or nil
end

-- Whether a budget's own values forbid every eviction whatever the replica count: maxUnavailable 0 (or 0%),
-- minAvailable 100%. Returns the key and a reason.
local function blocks_always(max_unavailable, min_available, max_key, min_key)
  if max_unavailable == 0 or percent(max_unavailable) == 0 then return max_key, "maxUnavailable 0" end
  local p = percent(min_available)
  if p ~= nil and p >= 100 then return min_key, "minAvailable " .. p .. "%" end
  return nil
end

local function check_budget_object(doc, ctx)
  for _, obj in ipairs(k8s.objects(doc)) do
    local spec = obj.kind == "PodDisruptionBudget" and obj.spec or nil
    if tg.type(spec) == "map" then
      local key, why = blocks_always(spec.maxUnavailable, spec.minAvailable, "maxUnavailable", "minAvailable")
      if key ~= nil then
        local md = obj.metadata
        local name = tg.type(md) == "map" and k8s.text(md.name) or nil
        ctx:report{ at = spec, key = key,
          message = "PodDisruptionBudget '" .. tg.excerpt(name or "?") .. "' sets " .. why
            .. ": no pod it selects can ever be evicted, so node drains and cluster upgrades hang" }
      end
    end
  end
end

-- The fewest replicas the workload runs: the autoscaler's minimum, else `replicas` (1 when not written). Nil when
-- unknown.
local function fewest(w)
  local a = w.autoscaler
  if a ~= nil then
    local m = a.min_replicas or 1
    return math.type(m) == "integer" and m or nil
  end
  local r = w.replicas
  if r == nil then return wl.complete(w) and 1 or nil end
  return math.type(r) == "integer" and r or nil
end

local function check_workload(doc, ctx)
  local w = doc.root
  local pdb = w.disruption_budget
  if pdb == nil or not wl.service(w) then return end
  if w.source == "helm-values" then
    -- A values file's budget section is not a Kubernetes document of its own: judge its values here.
    local key, why = blocks_always(pdb.max_unavailable, pdb.min_available, "max_unavailable", "min_available")
    if key ~= nil then
      ctx:report{ at = pdb, key = key, message = "the PodDisruptionBudget of " .. wl.label(w) .. " sets " .. why
        .. ": no pod can ever be evicted, so node drains and cluster upgrades hang" }
      return
    end
  elseif w.source ~= "kubernetes" then
    return
  end
  local min = pdb.min_available
  if math.type(min) ~= "integer" or pdb.max_unavailable ~= nil then return end
  local n = fewest(w)
  if n == nil or min < n then return end
  ctx:report{ at = pdb, key = "min_available",
    message = wl.label(w) .. " runs " .. n .. (n == 1 and " replica" or " replicas") .. " and its PodDisruptionBudget '"
      .. tg.excerpt(tostring(pdb.name or "?")) .. "' keeps " .. min .. " available: no pod can be evicted, so node drains hang" }
end

return {
  id = "resilience.disruption-budget-blocks-eviction",
  title = "PodDisruptionBudget allows no eviction",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "kubernetes", "workload" },
  help = [[
A PodDisruptionBudget that allows no disruption (`maxUnavailable: 0`, `minAvailable: 100%`, or a `minAvailable`
equal to the workload's replicas) blocks every voluntary eviction: `kubectl drain`, node upgrades and the cluster
autoscaler's scale-down wait on it forever, so cluster maintenance stalls or someone deletes the budget by hand
under pressure.

Reported on the budget's value for `maxUnavailable: 0`/`0%` and `minAvailable: 100%` (Kubernetes and Helm values
`podDisruptionBudget`), and on a workload whose nearest budget keeps an integer `minAvailable` at or above its
replicas (its autoscaler's `minReplicas` when it has one; 1 when `replicas` is not written). Not reported:
budgets that allow one pod or more to go, and replica counts that are not literals. Fix: `maxUnavailable: 1`
(or a `minAvailable` below the replica count), and run 2 or more replicas.
See docs/rules/resilience/disruption-budget-blocks-eviction.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
    "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
  },
  check = function(doc, ctx)
    if doc.kind == "workload" then check_workload(doc, ctx) else check_budget_object(doc, ctx) end
  end,
}

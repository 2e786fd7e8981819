-- resilience.autoscaler-dangling-target: autoscalers and disruption budgets that point at no workload of the scan,
-- where the workloads they would cover are in the scan (Kubernetes documents and the workload model).
local k8s = tg.lib("kubernetes")

-- The kinds an autoscaler scales that the workload model holds.
local SCALED = { Deployment = true, StatefulSet = true, ReplicaSet = true, ReplicationController = true,
  Rollout = true, DeploymentConfig = true }

return {
  id = "resilience.autoscaler-dangling-target",
  title = "Autoscaler or disruption budget matches no workload",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "kubernetes", "workload" },
  scope = "repository",
  help = [[
A HorizontalPodAutoscaler (or KEDA ScaledObject) whose `scaleTargetRef` names a workload that does not exist, or
a PodDisruptionBudget whose selector matches no pod template, protects nothing: usually a rename or a label
change left it behind, and the workload it was written for now runs without autoscaling or without a budget
while the manifests suggest otherwise.

Reported on the `scaleTargetRef` name or the `selector` when no Kubernetes workload of the scan, in a compatible
namespace, is the target, and only when the object's own folder holds Kubernetes workloads of its namespace (so an
autoscaler kept beside workloads rendered by Helm, or applied against objects defined elsewhere, is not judged).
Not reported: targets of other kinds (custom resources), selectors or names that are not literals, folders whose
workloads' labels are not literals. Fix: point the object at the workload's current name or labels, or delete it.
See docs/rules/resilience/autoscaler-dangling-target.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    "https://kubernetes.io/docs/tasks/run-application/configure-pdb/#identify-an-application-to-protect",
  },
  check = function(repo, ctx)
    -- The autoscalers and budgets first: most scans have none, and then the workloads need no index.
    local targets = {}
    for _, doc in ipairs(repo:documents("kubernetes")) do
      for _, obj in ipairs(k8s.objects(doc)) do
        local kind = obj.kind
        if kind == "HorizontalPodAutoscaler" or kind == "ScaledObject" or kind == "PodDisruptionBudget" then
          targets[#targets + 1] = { doc = doc, obj = obj, kind = kind }
        end
      end
    end
    if #targets == 0 then return end
    -- Workloads by folder, by "kind/name" and by each "label=value" of their pods, so that each object looks at
    -- its few candidates only (a scan of thousands of autoscalers must not be quadratic).
    local all, by_folder, by_target, by_label = {}, {}, {}, {}
    local function add(index, key, entry)
      local list = index[key]
      if list == nil then list = {}; index[key] = list end
      list[#list + 1] = entry
    end
    for _, doc in ipairs(repo:documents("workload")) do
      local w = doc.root
      if w.source == "kubernetes" then
        local entry = { w = w, kind = k8s.text(w.kind), name = k8s.text(w.name), labels = w.pod_labels }
        all[#all + 1] = entry
        add(by_folder, k8s.folder(doc.path), entry)
        if entry.kind and entry.name then add(by_target, entry.kind .. "/" .. entry.name, entry) end
        if tg.type(entry.labels) == "map" then
          for k, v in pairs(entry.labels) do
            local t = k8s.text(v)
            if t ~= nil then add(by_label, k .. "=" .. t, entry) end
          end
        end
      end
    end
    -- The workloads a selector may select: those carrying the rarest of its matchLabels pairs, else every one.
    local function candidates(sel)
      local best = nil
      local ml = sel.matchLabels
      if tg.type(ml) == "map" then
        for k, v in pairs(ml) do
          local list = by_label[k .. "=" .. k8s.text(v)] or {}
          if best == nil or #list < #best then best = list end
        end
      end
      return best or all
    end
    -- Whether some candidate matches; true (not judged) when there are too many to try.
    local MAX_TRIES = 1000
    local function any(list, fn)
      for i, e in ipairs(list) do
        if i > MAX_TRIES or fn(e) then return true end
      end
      return false
    end
    -- Workloads of the object's folder in its namespace: how many, and whether all their pod labels are
    -- literals. Cached by folder and namespace.
    local near_cache = {}
    local function nearby(path, ns)
      local f = k8s.folder(path)
      local key = f .. "\0" .. (k8s.text(ns) or "")
      local hit = near_cache[key]
      if hit then return hit[1], hit[2] end
      local n, known = 0, true
      for _, e in ipairs(by_folder[f] or {}) do
        if k8s.same_namespace(ns, e.w.namespace) then
          n = n + 1
          local l = e.labels
          if l ~= nil then
            if tg.type(l) ~= "map" then known = false else
              for _, v in pairs(l) do
                if k8s.text(v) == nil then known = false end
              end
            end
          end
        end
      end
      near_cache[key] = { n, known }
      return n, known
    end
    for _, t in ipairs(targets) do
      local doc, obj, kind = t.doc, t.obj, t.kind
      local md = obj.metadata
      local ns = tg.type(md) == "map" and md.namespace or nil
      local oname = tg.type(md) == "map" and k8s.text(md.name) or nil
      if kind == "HorizontalPodAutoscaler" or kind == "ScaledObject" then
        local tkind, tname = k8s.scale_target(obj)
        if tkind ~= nil and SCALED[tkind] and nearby(doc.path, ns) > 0 then
          local found = any(by_target[tkind .. "/" .. tname] or {}, function(e)
            return k8s.same_namespace(ns, e.w.namespace)
          end)
          if not found then
            ctx:report{ at = obj.spec.scaleTargetRef, key = "name",
              message = kind .. " '" .. tg.excerpt(oname or "?") .. "' scales " .. tkind .. " '" .. tg.excerpt(tname)
                .. "', which no manifest of the scan defines beside workloads of its namespace" }
          end
        end
      elseif kind == "PodDisruptionBudget" then
        local sel = tg.type(obj.spec) == "map" and obj.spec.selector or nil
        local near, known = nearby(doc.path, ns)
        if k8s.selector_known(sel) and known and near > 0 then
          local found = any(candidates(sel), function(e)
            return k8s.same_namespace(ns, e.w.namespace) and k8s.selects(sel, e.labels) ~= false
          end)
          if not found then
            ctx:report{ at = obj.spec, key = "selector", on = "key",
              message = "PodDisruptionBudget '" .. tg.excerpt(oname or "?")
                .. "' selects no pod template of the scan, although workloads of its namespace are beside it" }
          end
        end
      end
    end
  end,
}

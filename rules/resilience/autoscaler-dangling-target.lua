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
    local workloads, by_folder = {}, {}
    for _, doc in ipairs(repo:documents("workload")) do
      local w = doc.root
      if w.source == "kubernetes" then
        local entry = { w = w, kind = k8s.text(w.kind), name = k8s.text(w.name), labels = w.pod_labels }
        workloads[#workloads + 1] = entry
        local f = k8s.folder(doc.path)
        by_folder[f] = by_folder[f] or {}
        table.insert(by_folder[f], entry)
      end
    end
    -- Workloads of the object's folder in its namespace, and whether all their pod labels are literals.
    local function nearby(path, ns)
      local out, known = {}, true
      for _, e in ipairs(by_folder[k8s.folder(path)] or {}) do
        if k8s.same_namespace(ns, e.w.namespace) then
          out[#out + 1] = e
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
      return out, known
    end
    for _, doc in ipairs(repo:documents("kubernetes")) do
      for _, obj in ipairs(k8s.objects(doc)) do
        local kind = obj.kind
        local md = obj.metadata
        local ns = tg.type(md) == "map" and md.namespace or nil
        local oname = tg.type(md) == "map" and k8s.text(md.name) or nil
        if kind == "HorizontalPodAutoscaler" or kind == "ScaledObject" then
          local tkind, tname = k8s.scale_target(obj)
          if tkind ~= nil and SCALED[tkind] and #nearby(doc.path, ns) > 0 then
            local found = false
            for _, e in ipairs(workloads) do
              if e.kind == tkind and e.name == tname and k8s.same_namespace(ns, e.w.namespace) then found = true end
            end
            if not found then
              ctx:report{ at = obj.spec.scaleTargetRef, key = "name",
                message = kind .. " '" .. tg.excerpt(oname or "?") .. "' scales " .. tkind .. " '" .. tg.excerpt(tname)
                  .. "', which no manifest of the scan defines beside workloads of its namespace" }
            end
          end
        elseif kind == "PodDisruptionBudget" then
          local sel = tg.type(obj.spec) == "map" and obj.spec.selector or nil
          local near, known = nearby(doc.path, ns)
          if k8s.selector_known(sel) and known and #near > 0 then
            local found = false
            for _, e in ipairs(workloads) do
              if k8s.same_namespace(ns, e.w.namespace) and k8s.selects(sel, e.labels) ~= false then found = true end
            end
            if not found then
              ctx:report{ at = obj.spec, key = "selector", on = "key",
                message = "PodDisruptionBudget '" .. tg.excerpt(oname or "?")
                  .. "' selects no pod template of the scan, although workloads of its namespace are beside it" }
            end
          end
        end
      end
    end
  end,
}

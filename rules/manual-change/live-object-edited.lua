-- manual-change.live-object-edited: a Kubernetes object exported from a cluster whose managedFields show that
-- someone changed it by hand with an imperative kubectl command.
local k8s = tg.lib("kubernetes")

-- The field managers kubectl's imperative commands write (kubectl sets --field-manager to "kubectl-<command>").
-- `kubectl apply` (kubectl-client-side-apply, or kubectl for server-side apply) and controllers are not here.
local kManual = {
  ["kubectl-edit"] = "kubectl edit", ["kubectl-patch"] = "kubectl patch", ["kubectl-scale"] = "kubectl scale",
  ["kubectl-set"] = "kubectl set", ["kubectl-annotate"] = "kubectl annotate", ["kubectl-label"] = "kubectl label",
  ["kubectl-replace"] = "kubectl replace", ["kubectl-autoscale"] = "kubectl autoscale",
}

return {
  id = "manual-change.live-object-edited",
  title = "Live Kubernetes object was changed by hand with kubectl",
  severity = "medium",
  tags = { "manual-change", "kubernetes", "drift" },
  applies_to = { "kubernetes" },
  help = [[
An object exported from a cluster (`kubectl get -o yaml`) carries `metadata.managedFields`: which field manager
last set which fields, and when. kubectl's imperative commands write their own manager names, so an entry whose
manager is `kubectl-edit`, `kubectl-patch`, `kubectl-scale`, `kubectl-set`, `kubectl-annotate`, `kubectl-label`,
`kubectl-replace` or `kubectl-autoscale` is evidence that someone changed the live object by hand. Reported once
per such entry, on its `manager`, with the time it gives. Objects of a `List` export are read too.

Not reported: `kubectl apply` (client- or server-side), Helm, Argo CD, Flux and controllers, which are how a
repository's manifests reach a cluster.

Fix: put the change in the repository's manifest and let the pipeline apply it, then restrict who may run
imperative commands against production (RBAC). See docs/rules/manual-change/live-object-edited.md.]],
  references = {
    "https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management",
    "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_edit/",
  },
  check = function(doc, ctx)
    local function check_object(obj)
      local md = obj.metadata
      local fields = tg.type(md) == "map" and md.managedFields or nil
      if tg.type(fields) ~= "seq" then return end
      for _, f in ipairs(fields) do
        local how = tg.type(f) == "map" and kManual[f.manager] or nil
        if how then
          local when = tg.type(f.time) == "string" and " at " .. tg.excerpt(f.time, 40) or ""
          local what = k8s.text(obj.kind) and k8s.text(md.name)
            and tg.excerpt(obj.kind, 40) .. " '" .. tg.excerpt(md.name) .. "'" or "the object"
          ctx:report{ at = f, key = "manager",
            message = what .. " was changed by hand with `" .. how .. "`" .. when .. " (managedFields)" }
        end
      end
    end
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    -- Most documents are one object: no list of objects to build for them.
    if root.items == nil then
      check_object(root)
    else
      for _, obj in ipairs(k8s.objects(doc)) do check_object(obj) end
    end
  end,
}

-- manual-change.kubectl-export-metadata: a manifest that was exported from a live cluster.

-- Built once per Lua state rather than on every call: the rule runs on every Kubernetes document.
local FIELDS = {
  { "managedFields", "metadata.managedFields is written by the API server; this manifest was exported from a cluster" },
  { "resourceVersion", "metadata.resourceVersion is a server-assigned version; this manifest was exported from a cluster" },
  { "uid", "metadata.uid is a server-assigned identity; this manifest was exported from a cluster" },
  { "selfLink", "metadata.selfLink is written by the API server; this manifest was exported from a cluster" },
  { "generation", "metadata.generation is written by the API server; this manifest was exported from a cluster" },
  { "creationTimestamp", "metadata.creationTimestamp is written by the API server; this manifest was exported from a cluster" },
}
local ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration"

local function empty(v)
  local t = tg.type(v)
  if v == nil or t == "null" then return true end
  if t == "string" then return v == "" end
  if t == "map" or t == "seq" then for _ in pairs(v) do return false end return true end
  return false
end

-- obj: a map (a manifest, or an item of a List).
local function check_object(obj, ctx)
  local md = obj.metadata
  if md ~= nil and tg.type(md) == "map" then
    local ann = md.annotations
    if ann ~= nil and tg.type(ann) == "map" and ann[ANNOTATION] ~= nil then
      ctx:report{ at = ann, key = ANNOTATION, on = "key",
        message = "annotation " .. ANNOTATION .. " is written by kubectl apply; this manifest was exported from a cluster" }
    end
    for i = 1, #FIELDS do
      local f = FIELDS[i]
      local v = md[f[1]]
      if v ~= nil and not empty(v) then
        ctx:report{ at = md, key = f[1], on = "key", message = f[2] }
      end
    end
  end
  local status = obj.status
  if status ~= nil and not empty(status) then
    ctx:report{ at = obj, key = "status", on = "key",
      message = "top-level status is written by the cluster; this manifest was exported from a cluster" }
  end
end

return {
  id = "manual-change.kubectl-export-metadata",
  title = "Manifest carries server-side metadata exported from a live cluster",
  severity = "medium",
  tags = { "manual-change", "kubernetes" },
  applies_to = { "kubernetes" },
  help = [[
Fields that only the API server writes show that a manifest was copied out of a cluster
(`kubectl get -o yaml`) instead of written as source: the
`kubectl.kubernetes.io/last-applied-configuration` annotation, `metadata.managedFields`,
`metadata.resourceVersion`, `metadata.uid`, `metadata.selfLink`, `metadata.generation`,
`metadata.creationTimestamp` with a value, and a non-empty top-level `status`. Each marker is one finding,
located on its key. Items of a `kind: List` are checked too.

Not reported: `creationTimestamp: null` and `status: {}` (what `kubectl create --dry-run=client -o yaml`
prints), and the same fields inside a pod template.

Fix: delete the server-side fields, and make the change the export captured in the source of truth
(Helm chart, Kustomize base, Git) so the cluster is rebuilt from Git, not the other way round.
See docs/rules/manual-change/kubectl-export-metadata.md.]],
  references = {
    "https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management",
    "https://kubernetes.io/docs/reference/labels-annotations-taints/#kubectl-kubernetes-io-last-applied-configuration",
    "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    check_object(root, ctx)
    local kind = root.kind
    if type(kind) == "string" and kind:sub(-4) == "List" then
      local items = root.items
      if tg.type(items) == "seq" then
        for _, item in ipairs(items) do
          if tg.type(item) == "map" then check_object(item, ctx) end
        end
      end
    end
  end,
}

-- config.kubernetes-object-invalid: Kubernetes objects the API server would refuse for want of an identity or of
-- containers (Kubernetes documents; Kustomize patches, which write only what they change, are left alone).
local k8s = tg.lib("kubernetes")
local paths = tg.lib("paths")

-- Kinds of the built-in API groups that are applied as objects and so need metadata.name. Configuration files
-- in the Kubernetes style (kubeconfig `Config`, kubeadm, kind, Skaffold) have no metadata and are not objects.
local NAMED = {}
for _, k in ipairs({ "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
  "CronJob", "Service", "ConfigMap", "Secret", "Ingress", "IngressClass", "ServiceAccount", "Role", "RoleBinding",
  "ClusterRole", "ClusterRoleBinding", "PersistentVolumeClaim", "PersistentVolume", "Namespace",
  "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "StorageClass", "LimitRange", "ResourceQuota",
  "PriorityClass", "CustomResourceDefinition", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
  "Endpoints", "EndpointSlice" }) do
  NAMED[k] = true
end

-- Kinds whose pod template must list containers (tg.k8s.pod_spec reads their pod spec).
local POD_KINDS = { Pod = true, Deployment = true, StatefulSet = true, DaemonSet = true, ReplicaSet = true,
  Job = true, CronJob = true }

-- What the kustomizations of the scan say of files: patches (partial by design), resources, and the folders that
-- hold a kustomization.
local function kustomize(repo)
  local patches, resources, dirs = {}, {}, {}
  local function add(set, dir, v)
    if type(v) == "string" and tg.is_literal(v) and not v:find("://", 1, true) then set[paths.join(dir, v)] = true end
  end
  for _, doc in ipairs(repo:documents("kustomization")) do
    local root = doc.root
    local dir = k8s.folder(doc.path)
    dirs[dir] = true
    if tg.type(root) == "map" then
      for _, key in ipairs({ "patches", "patchesStrategicMerge", "patchesJson6902" }) do
        local list = root[key]
        if tg.type(list) == "seq" then
          for _, p in ipairs(list) do
            if tg.type(p) == "map" then add(patches, dir, p.path) else add(patches, dir, p) end
          end
        end
      end
      for _, key in ipairs({ "resources", "bases" }) do
        local list = root[key]
        if tg.type(list) == "seq" then
          for _, r in ipairs(list) do add(resources, dir, r) end
        end
      end
    end
  end
  return patches, resources, dirs
end

-- Whether the folder of path, or one above it, holds a kustomization.
local function in_kustomize_tree(dirs, path)
  local dir = k8s.folder(path)
  while true do
    if dirs[dir] then return true end
    if dir == "" then return false end
    dir = k8s.folder(dir)
  end
end

-- Whether the object carries a strategic merge directive (`$patch`, `$retainKeys`...): then it is a patch.
local function has_directive(obj)
  for k in pairs(obj) do
    if type(k) == "string" and k:sub(1, 1) == "$" then return true end
  end
  return false
end

-- What is wrong with the object: the key to report at and the message, or nil. `is_fragment()` says whether its
-- file may be a patch; asked only of objects that would otherwise be reported, as most objects of a scan are
-- complete and the question costs path work.
local function problem(obj, is_fragment)
  local api, kind, md = obj.apiVersion, obj.kind, obj.metadata
  if md == nil and api == nil and kind == nil then return nil end
  if api == nil and kind ~= nil and md ~= nil then return "kind", tostring(kind) .. " object has no apiVersion" end
  if kind == nil and api ~= nil and md ~= nil then return "apiVersion", "object has an apiVersion but no kind" end
  if type(kind) ~= "string" then return nil end
  if NAMED[kind] and not (tg.type(md) == "map" and (md.name ~= nil or md.generateName ~= nil)) then
    return "kind", kind .. " object has no metadata.name"
  end
  if POD_KINDS[kind] then
    local ps = tg.k8s.pod_spec(obj)
    local cs = tg.type(ps) == "map" and ps.containers or nil
    if (cs == nil or (tg.type(cs) == "seq" and #cs == 0)) and not is_fragment() then
      local name = tg.type(md) == "map" and k8s.text(md.name) or nil
      return "kind", kind .. (name and (" '" .. tg.excerpt(name) .. "'") or "") .. " has no containers in its pod spec"
    end
  end
  return nil
end

local function check_object(obj, ctx, is_fragment)
  local key, message = problem(obj, is_fragment)
  if key and not has_directive(obj) then ctx:report{ at = obj, key = key, message = message } end
end

return {
  id = "config.kubernetes-object-invalid",
  title = "Kubernetes object lacks apiVersion, kind, name or containers",
  severity = "medium",
  tags = { "config", "kubernetes" },
  applies_to = { "kubernetes", "kustomization" },
  scope = "repository",
  help = [[
`kubectl apply` refuses an object without `apiVersion` or `kind`, a built-in object without `metadata.name` (or
`generateName`), and a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob whose pod spec lists
no containers. Such a manifest breaks the deploy that applies it, usually halfway through a multi-object apply.

Never reported: Helm chart templates and other templated files (they are not Kubernetes documents until
rendered), files a `kustomization.yaml` of the scan names as patches, objects with strategic-merge directives
(`$patch`), and, for the containers check, files inside a Kustomize tree that no kustomization lists as a
resource (a patch named from elsewhere writes only what it changes) and files of an `overlays/` or `patches/`
folder or with `patch` in their name. Configuration files in the Kubernetes style
(kubeconfig, kubeadm, kind, Skaffold) need no name. Fix: complete the object.
See docs/rules/config/kubernetes-object-invalid.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields",
    "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/",
  },
  check = function(repo, ctx)
    local patches, resources, dirs = kustomize(repo)
    -- The documents come in path order, so a file's several documents share one reading of its path.
    local last_path, path, fragment
    -- A file of an `overlays/` or `patches/` folder, or named as a patch, is one even when the kustomization that
    -- names it is not in the scan.
    local function is_fragment()
      if fragment == nil then
        local lower = path:lower()
        fragment = ((in_kustomize_tree(dirs, path) and not resources[path]) or lower:find("/overlays/", 1, true)
          or lower:find("^overlays/") or lower:find("/patches/", 1, true) or lower:find("^patches/")
          or lower:match("[^/]*$"):find("patch", 1, true)) and true or false
      end
      return fragment
    end
    for _, doc in ipairs(repo:documents("kubernetes")) do
      if doc.path ~= last_path then
        last_path, path, fragment = doc.path, paths.normalize(doc.path), nil
      end
      if not patches[path] then
        local root = doc.root
        if tg.type(root) == "map" then
          local kind = root.kind
          if type(kind) == "string" and kind:sub(-4) == "List" and tg.type(root.items) == "seq" then
            for _, it in ipairs(root.items) do
              if tg.type(it) == "map" then check_object(it, ctx, is_fragment) end
            end
          else
            check_object(root, ctx, is_fragment)
          end
        end
      end
    end
  end,
}

-- Library module "kubernetes": how Kubernetes objects refer to each other (label selectors, scale targets,
-- namespaces), for the rules that relate objects of a scan (docs/rules/lib/kubernetes.md). The workload model
-- relates each workload to its budget and autoscaler; this module answers the reverse questions (what does this
-- budget select?) with the same semantics.
local M = {}

-- A literal scalar as text, or nil when absent or unknown (a template, a reference).
local function text(v)
  local t = tg.type(v)
  if t == "string" then return tg.is_literal(v) and v or nil end
  if t == "int" or t == "float" or t == "bool" then return tostring(v) end
  return nil
end
M.text = text

-- The objects of a Kubernetes document: the root, or the items of a `List`.
function M.objects(doc)
  local root = doc.root
  if tg.type(root) ~= "map" then return {} end
  local kind = root.kind
  local items = root.items
  if type(kind) == "string" and kind:sub(-4) == "List" and tg.type(items) == "seq" then
    local out = {}
    for _, it in ipairs(items) do
      if tg.type(it) == "map" then out[#out + 1] = it end
    end
    return out
  end
  return { root }
end

-- Namespaces are equal, or one is not written or not known (kubectl -n, Kustomize and Helm set it at apply
-- time).
function M.same_namespace(a, b)
  local x, y = text(a), text(b)
  return x == nil or y == nil or x == y
end

-- Whether every value of a label selector is a literal, so that what it selects can be known.
local OPS = { In = true, NotIn = true, Exists = true, DoesNotExist = true }
function M.selector_known(selector)
  if tg.type(selector) ~= "map" then return false end
  local ml = selector.matchLabels
  if ml ~= nil then
    if tg.type(ml) ~= "map" then return false end
    for _, v in pairs(ml) do
      if text(v) == nil then return false end
    end
  end
  local me = selector.matchExpressions
  if me ~= nil then
    if tg.type(me) ~= "seq" then return false end
    for _, e in ipairs(me) do
      if tg.type(e) ~= "map" or text(e.key) == nil or not OPS[text(e.operator) or ""] then return false end
      if e.operator == "In" or e.operator == "NotIn" then
        if tg.type(e.values) ~= "seq" then return false end
        for _, v in ipairs(e.values) do
          if text(v) == nil then return false end
        end
      end
    end
  end
  return true
end

-- Whether a label selector (`matchLabels`, `matchExpressions` with In, NotIn, Exists, DoesNotExist) selects a
-- pod with these labels (a map node, or nil for none). An empty selector selects every pod; a label whose value
-- is not a literal matches nothing. Nil (unknown) when the selector is not all literals (selector_known).
function M.selects(selector, labels)
  if not M.selector_known(selector) then return nil end
  local lmap = tg.type(labels) == "map"
  local function have(key)
    if not lmap then return nil end
    return text(labels[key])
  end
  if selector.matchLabels ~= nil then
    for k, v in pairs(selector.matchLabels) do
      if have(k) ~= text(v) then return false end
    end
  end
  if selector.matchExpressions ~= nil then
    for _, e in ipairs(selector.matchExpressions) do
      local h, op = have(text(e.key)), e.operator
      if op == "Exists" or op == "DoesNotExist" then
        if (h ~= nil) ~= (op == "Exists") then return false end
      else
        local found = false
        for _, v in ipairs(e.values) do
          if h ~= nil and text(v) == h then found = true end
        end
        if found ~= (op == "In") then return false end
      end
    end
  end
  return true
end

-- The kind and name an autoscaler scales (HorizontalPodAutoscaler, KEDA ScaledObject), or nil when not literal.
-- KEDA's `scaleTargetRef.kind` defaults to Deployment.
function M.scale_target(obj)
  local spec = obj.spec
  if tg.type(spec) ~= "map" then return nil end
  local ref = spec.scaleTargetRef
  if tg.type(ref) ~= "map" then return nil end
  local name = text(ref.name)
  local kind = text(ref.kind)
  if kind == nil and ref.kind == nil and obj.kind == "ScaledObject" then kind = "Deployment" end
  if name == nil or kind == nil then return nil end
  return kind, name
end

-- The folder of a path ("" at the root).
M.folder = tg.lib("paths").folder

return M

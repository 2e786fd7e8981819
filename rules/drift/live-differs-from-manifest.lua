-- drift.live-differs-from-manifest: a Kubernetes object exported from a cluster whose fields differ from the
-- repository's manifest of the same object.
local k8s = tg.lib("kubernetes")
local values = tg.lib("values")

-- Server-written metadata: its presence makes a document an export (manual-change.kubectl-export-metadata reports
-- the export itself).
local kServerFields = { "managedFields", "resourceVersion", "uid", "creationTimestamp" }

local function is_export(md)
  for _, f in ipairs(kServerFields) do
    local v = md[f]
    if v ~= nil and tg.type(v) ~= "null" then return true end
  end
  return false
end

-- Kubernetes quantities as numbers ("500m" = 0.5, "1Gi" = 2^30), so that what the API server rewrites (cpu: 0.5
-- becomes 500m) is not a difference; nil for anything else.
local kSuffix = { m = 1e-3, k = 1e3, M = 1e6, G = 1e9, T = 1e12, P = 1e15, E = 1e18,
  Ki = 2 ^ 10, Mi = 2 ^ 20, Gi = 2 ^ 30, Ti = 2 ^ 40, Pi = 2 ^ 50, Ei = 2 ^ 60 }
local function quantity(v)
  local t = tg.type(v)
  if t == "int" or t == "float" then return v end
  if t ~= "string" then return nil end
  local num, suffix = v:match("^([+-]?%d*%.?%d+)([a-zA-Z]*)$")
  if not num then return nil end
  if suffix == "" then return tonumber(num) end
  local f = kSuffix[suffix]
  return f and tonumber(num) * f or nil
end

local function scalar_equal(a, b)
  if a == b then return true end
  local qa, qb = quantity(a), quantity(b)
  if qa ~= nil and qb ~= nil then return math.abs(qa - qb) <= 1e-9 * math.max(1, math.abs(qa)) end
  local ta, tb = tg.type(a), tg.type(b)
  if (ta == "string" or ta == "int" or ta == "float" or ta == "bool") and (tb == "string" or tb == "int" or tb == "float" or tb == "bool") then
    return tostring(a) == tostring(b)
  end
  return false
end

-- A value as the message quotes it: "absent" for a missing one; nil for a Secret's data (never quoted), a map or
-- a list, or a value whose key reads as a secret.
local function quoted(key, v, secret_data)
  if secret_data then return nil end
  if v == nil then return "absent" end
  return values.quote(key, v)
end

-- The differences between what the manifest sets (`want`) and the live object (`have`): only paths the manifest
-- writes count, since the API server adds defaults. Lists of maps with a `name` (containers, env, ports, volumes)
-- are matched by name, other lists item by item. Each difference: { path =, want =, have =, key =, parent =,
-- wparent = }, `parent` the live map that holds (or lacks) `key`, `wparent` the manifest's map that holds it.
local function compare(want, have, path, key, parent, wparent, out, secret_data)
  if #out >= 50 then return end
  local tw = tg.type(want)
  if tw == "expr" then return end  -- unknown in the manifest: not comparable
  if tw == "string" and not tg.is_literal(want) then return end  -- a template or a reference
  local diff = { path = path, want = want, have = have, key = key, parent = parent, wparent = wparent }
  if tw == "map" then
    if tg.type(have) ~= "map" then
      out[#out + 1] = diff
      return
    end
    for k, v in pairs(want) do
      local before = #out
      compare(v, have[k], path .. "." .. k, k, have, want, out, secret_data)
      -- The value of a name/value pair (env) is judged as a secret by its name: DB_PASSWORD, not "value".
      if k == "value" and type(want.name) == "string" and #out > before then out[#out].judge = want.name end
    end
  elseif tw == "seq" then
    if tg.type(have) ~= "seq" then
      out[#out + 1] = diff
      return
    end
    local by_name = true
    for _, w in ipairs(want) do
      if tg.type(w) ~= "map" or type(w.name) ~= "string" then by_name = false break end
    end
    if by_name and #want > 0 then
      local live = {}
      for _, h in ipairs(have) do
        if tg.type(h) == "map" and type(h.name) == "string" then live[h.name] = h end
      end
      for _, w in ipairs(want) do
        local h = live[w.name]
        if h == nil then
          out[#out + 1] = { path = path .. "[" .. w.name .. "]", want = w, key = key, parent = parent, wparent = wparent }
        else
          compare(w, h, path .. "[" .. w.name .. "]", key, parent, wparent, out, secret_data)
        end
      end
    elseif #want ~= #have then
      out[#out + 1] = diff
    else
      for i = 1, #want do compare(want[i], have[i], path .. "[" .. (i - 1) .. "]", key, parent, wparent, out, secret_data) end
    end
  elseif not scalar_equal(want, have) then
    out[#out + 1] = diff
  end
end

-- Where a difference is: the value's key in its map, or the map that lacks it, or `whole`.
local function place(map, key, whole)
  if tg.type(map) == "map" then
    if map[key] ~= nil then return { at = map, key = key } end
    return { at = map }
  end
  return { at = whole }
end

-- The sections of a manifest compared with the live object: what the repository decides.
local kSections = { "spec", "data", "stringData", "binaryData" }

return {
  id = "drift.live-differs-from-manifest",
  title = "Live Kubernetes object differs from its manifest",
  severity = "medium",
  tags = { "drift", "kubernetes", "manual-change" },
  applies_to = { "kubernetes", "kustomization" },
  scope = "repository",
  help = [[
An object exported from a cluster (`kubectl get -o yaml`: it has `managedFields`, `resourceVersion`, `uid` or
`creationTimestamp`) is compared with the repository's manifest of the same object: same kind and name, and the
same namespace when both give one. Every field the manifest sets under `spec`, `data`, `stringData`,
`binaryData`, `metadata.labels` and `metadata.annotations` must have the same value in the live object; fields
the manifest does not set are defaults and are not compared. Lists of named items (containers, env, ports,
volumes) are matched by name, other lists item by item, quantities by value (`0.5` = `500m`).

Reported once per live object, on the first differing field of the export, with the paths that differ (old and new
values for scalars, never a Secret's values or a value whose key reads as a secret) and the manifest's field as a
related location.

Not compared: manifests in a folder with a `kustomization.yaml` (overlays patch them, so the live object is not
the file), several manifests of the same object (overlays or environments: which one is live is not known),
templated values.

Fix: find out who changed the live object and why (its managedFields, manual-change.live-object-edited), then
either put the change in the manifest or re-apply the manifest. See docs/rules/drift/live-differs-from-manifest.md.]],
  references = {
    "https://kubernetes.io/docs/reference/using-api/server-side-apply/",
    "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/",
  },
  check = function(repo, ctx)
    local docs = repo:documents("kubernetes")
    local exports = {}
    for _, doc in ipairs(docs) do
      for _, obj in ipairs(k8s.objects(doc)) do
        local md = obj.metadata
        if tg.type(md) == "map" and is_export(md) then exports[#exports + 1] = obj end
      end
    end
    if #exports == 0 then return end
    local kustomized = {}
    for _, doc in ipairs(repo:documents("kustomization")) do kustomized[k8s.folder(doc.path)] = true end
    -- The repository's manifests by kind and name.
    local manifests = {}
    for _, doc in ipairs(docs) do
      if not kustomized[k8s.folder(doc.path)] then
        for _, obj in ipairs(k8s.objects(doc)) do
          local md = obj.metadata
          local kind, name = k8s.text(obj.kind), tg.type(md) == "map" and k8s.text(md.name) or nil
          if kind and name and not is_export(md) then
            local id = kind .. "/" .. name
            local list = manifests[id]
            if list == nil then
              list = {}
              manifests[id] = list
            end
            list[#list + 1] = { obj = obj, path = doc.path }
          end
        end
      end
    end
    for _, live in ipairs(exports) do
      local md = live.metadata
      local kind, name = k8s.text(live.kind), k8s.text(md.name)
      local candidates = {}
      for _, m in ipairs(kind and name and manifests[kind .. "/" .. name] or {}) do
        if k8s.same_namespace(m.obj.metadata.namespace, md.namespace) then candidates[#candidates + 1] = m end
      end
      if #candidates == 1 then
        local want = candidates[1]
        local secret_data = kind == "Secret"
        local diffs = {}
        for _, s in ipairs(kSections) do
          if want.obj[s] ~= nil then compare(want.obj[s], live[s], s, s, live, want.obj, diffs, secret_data and s ~= "spec") end
        end
        local wmd = want.obj.metadata
        for _, s in ipairs({ "labels", "annotations" }) do
          if tg.type(wmd[s]) == "map" then compare(wmd[s], md[s], "metadata." .. s, s, md, wmd, diffs, false) end
        end
        if #diffs > 0 then
          local parts = {}
          for i, d in ipairs(diffs) do
            if i > 5 then
              parts[#parts + 1] = "and " .. (#diffs - 5) .. " more"
              break
            end
            local a, b = quoted(d.judge or d.key, d.want, secret_data), quoted(d.judge or d.key, d.have, secret_data)
            parts[#parts + 1] = tg.excerpt(d.path, 80) .. (a and b and " " .. a .. " -> " .. b or "")
          end
          local first = diffs[1]
          local where, there = place(first.parent, first.key, live), place(first.wparent, first.key, want.obj)
          ctx:report{ at = where.at, key = where.key,
            message = tg.excerpt(kind, 40) .. " '" .. tg.excerpt(name) .. "' differs from its manifest "
              .. tg.excerpt(want.path) .. ": " .. table.concat(parts, ", "),
            related = { { at = there.at, key = there.key, message = "the manifest's value" } } }
        end
      end
    end
  end,
}

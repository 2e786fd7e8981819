-- drift.environment-version-skips-promotion: an environment runs a module or image version that no environment
-- before it in the promotion order runs.
local envs = tg.lib("environment")

-- "v1.2.10" -> {1, 2, 10}; nil for a version that is not dotted numbers (a branch, a digest).
local function numbers(v)
  local core = v:match("^v?([%d%.]+)")
  if core == nil or core:sub(-1) == "." then return nil end
  local out = {}
  for n in core:gmatch("%d+") do out[#out + 1] = tonumber(n) end
  return out
end

-- Whether version a is newer than version b; nil when either is not a dotted number.
local function newer(a, b)
  local x, y = numbers(a), numbers(b)
  if x == nil or y == nil then return nil end
  for i = 1, math.max(#x, #y) do
    local p, q = x[i] or 0, y[i] or 0
    if p ~= q then return p > q end
  end
  return false
end

-- Whether an earlier environment ran `version`: one runs it, or one runs a newer version (the earlier version was
-- promoted before it).
local function promoted(version, earlier)
  for _, v in ipairs(earlier) do
    if v == version or newer(v, version) then return true end
  end
  return false
end

return {
  id = "drift.environment-version-skips-promotion",
  title = "Environment runs a version no earlier environment ran",
  severity = "high",
  tags = { "drift", "environment", "supply-chain" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
A version is promoted: it runs in development, then testing or staging, then production. In an environment set,
an environment whose Terraform module call (`version`, or `?ref=` in a git `source`), Helm chart (Kustomize
`helmCharts[].version`, Terraform `helm_release` `version`) or Kustomize image override (`images[].newTag` or
`digest`) names a version that no environment before it in the promotion order runs, for
the same module or image, skipped promotion: production runs a ref that staging never ran. A version older than
one an earlier environment runs (`v1.2.0` where dev runs `v1.3.0`) was promoted before it and is not reported.

Reported on the version in the later environment, with the earlier environments' versions as related locations.
Severity: high when the environment is production, medium otherwise. Not reported: environments whose tier is not
known (not dev, test, staging or production words), the first environment of the order, values that are not
literal (a variable, a template), and a module or image that no earlier environment uses.

Fix: deploy the version to the earlier environments first, or pin production to a version they run.
See docs/rules/drift/environment-version-skips-promotion.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision",
    "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      -- what -> { [env index] = { { version =, at =, key = } } }
      local used, order = {}, {}
      local function add(what, e, version, at, key)
        if (type(version) ~= "string" and tg.type(version) ~= "int" and tg.type(version) ~= "float")
          or not tg.is_literal(tostring(version)) then return end
        local u = used[what]
        if u == nil then
          u = {}
          used[what] = u
          order[#order + 1] = what
        end
        u[e] = u[e] or {}
        table.insert(u[e], { version = tostring(version), at = at, key = key })
      end
      for e, env in ipairs(set.envs) do
        for _, entry in ipairs(env.items) do
          local item = entry.item
          if tg.type(item.modules) == "map" then
            for name, call in pairs(item.modules) do add("module '" .. name .. "'", e, call.version, call, "version") end
          end
          if tg.type(item.images) == "map" then
            for name, tag in pairs(item.images) do add("image '" .. name .. "'", e, tag, item.images, name) end
          end
          if tg.type(item.charts) == "map" then
            for name, version in pairs(item.charts) do add("chart '" .. name .. "'", e, version, item.charts, name) end
          end
        end
      end
      for _, what in ipairs(order) do
        local u = used[what]
        for e, env in ipairs(set.envs) do
          if env.rank and u[e] then
            local earlier, related = {}, {}  -- the earlier environments' versions
            for f, other in ipairs(set.envs) do
              if other.rank and other.rank < env.rank and u[f] then
                for _, v in ipairs(u[f]) do
                  earlier[#earlier + 1] = v.version
                  related[#related + 1] = { at = v.at, key = v.key, message = other.name .. " runs " .. tg.excerpt(v.version) }
                end
              end
            end
            if #related > 0 then
              for _, v in ipairs(u[e]) do
                if not promoted(v.version, earlier) then
                  ctx:report{ at = v.at, key = v.key, severity = env.tier == "production" and "high" or "medium",
                    message = env.name .. " runs " .. tg.excerpt(what) .. " at " .. tg.excerpt(v.version)
                      .. ", which no environment before it runs", related = related }
                end
              end
            end
          end
        end
      end
    end
  end,
}

-- Library module "environment": the environment model's items grouped back into environment sets, for the rules
-- that compare environments (docs/rules/lib/environment.md). The model has one item per file, so that every
-- location stays exact; a rule over environments sees the whole set through this module.
local M = {}

local function by_rank(a, b)
  local ra, rb = a.rank or 0, b.rank or 0
  if ra ~= rb then return ra < rb end
  return a.name < b.name
end

-- The environment sets of a repository rule's scan, in set order: each
--   { id = "terraform/envs/{env}/", layout = "folder" | "file",
--     envs = { { name =, tier =, rank =, items = { environment items } } ... } }
-- with its environments in promotion order (development, testing, staging, production; others first, by name).
function M.sets(repo)
  local sets, order = {}, {}
  for _, doc in ipairs(repo:documents("environment")) do
    local item = doc.root
    local set = sets[item.set]
    if set == nil then
      set = { id = item.set, layout = item.layout, envs = {}, by_name = {} }
      sets[item.set] = set
      order[#order + 1] = item.set
    end
    local env = set.by_name[item.env]
    if env == nil then
      env = { name = item.env, tier = item.tier, rank = item.rank, items = {} }
      set.by_name[item.env] = env
      set.envs[#set.envs + 1] = env
    end
    env.items[#env.items + 1] = { item = item, path = doc.path }
  end
  table.sort(order)
  local out = {}
  for _, id in ipairs(order) do
    table.sort(sets[id].envs, by_rank)
    out[#out + 1] = sets[id]
  end
  return out
end

-- "dev, staging": names of environments, in order.
function M.names(envs)
  local names = {}
  for _, e in ipairs(envs) do names[#names + 1] = e.name end
  return table.concat(names, ", ")
end

-- The leaves of a settings map by dotted path ("db.pool_size"), in source order: { { key =, value =, map =, at = } }
-- where `map` holds the value under `at` (its key). Lists are leaves: an item's position is not a setting.
local function has_entries(map)
  for _ in pairs(map) do return true end
  return false
end

function M.leaves(settings)
  local out = {}
  local function walk(map, prefix, depth)
    for k, v in pairs(map) do
      local key = prefix == "" and k or prefix .. "." .. k
      if tg.type(v) == "map" and depth < 32 and has_entries(v) then
        walk(v, key, depth + 1)
      else
        out[#out + 1] = { key = key, value = v, map = map, at = k }
      end
    end
  end
  if tg.type(settings) == "map" then walk(settings, "", 0) end
  return out
end

-- The settings files of a set, grouped by their place in it (the same file name in each environment folder, or the
-- files of a file set; for a Kubernetes manifest, the same object of that file), in order of first sight:
--   { { component =, keys = { every key, in order of first sight },
--       members = { { env =, item =, leaves =, by_key = { [key] = leaf }, inherits = { [key] = true },
--                     takes = function(key) } } } }
-- where `inherits` holds the keys a Helm values-<env>.yaml takes from its chart's values.yaml (the item's
-- `defaults`) without setting them itself, and `takes(key)` says whether the environment takes the key at all
-- (false for a variable its Terraform stack does not declare: the item's `declared`).
-- with members in the set's environment order. Groups of one member are left out: there is nothing to compare.
function M.settings_groups(set)
  local groups, order = {}, {}
  for _, env in ipairs(set.envs) do
    for _, entry in ipairs(env.items) do
      local item = entry.item
      if tg.type(item.settings) == "map" then
        local place = item.component .. "\0" .. (item.part or "")
        local g = groups[place]
        if g == nil then
          g = { component = item.component, members = {} }
          groups[place] = g
          order[#order + 1] = g
        end
        g.members[#g.members + 1] = { env = env, item = item, leaves = M.leaves(item.settings) }
      end
    end
  end
  local out = {}
  for _, g in ipairs(order) do
    if #g.members >= 2 then
      local seen = {}
      g.keys = {}
      for _, m in ipairs(g.members) do
        m.by_key, m.inherits = {}, {}
        if m.item.defaults ~= nil then
          for _, leaf in ipairs(M.leaves(m.item.defaults)) do m.inherits[leaf.key] = true end
        end
        local declared = m.item.declared
        m.takes = function(key)
          return declared == nil or declared[key:match("^[^.]+")] ~= nil
        end
        for _, leaf in ipairs(m.leaves) do
          m.by_key[leaf.key] = leaf
          if not seen[leaf.key] then
            seen[leaf.key] = true
            g.keys[#g.keys + 1] = leaf.key
          end
        end
      end
      out[#out + 1] = g
    end
  end
  return out
end

-- Whether the configuration's `environments.allow-differ` lets `key` differ: a pattern equal to it, or `prefix.*`
-- for the keys under prefix, or `*`.
function M.allowed(key, patterns)
  if tg.type(patterns) ~= "seq" then return false end
  for _, p in ipairs(patterns) do
    if p == "*" or p == key then return true end
    if p:sub(-2) == ".*" and key:sub(1, #p - 1) == p:sub(1, -2) then return true end
  end
  return false
end

return M

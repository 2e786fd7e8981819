-- Library module "values": comparing values and quoting them in messages, for the rules that report how a value
-- changed (docs/rules/lib/values.md).
local M = {}

-- Whether two values (nodes or Lua scalars) are the same, deep: maps by key, lists item by item, expressions by
-- their text.
function M.same(a, b)
  local ta, tb = tg.type(a), tg.type(b)
  if ta ~= tb then return false end
  if ta == "map" then
    for k, v in pairs(a) do
      if not M.same(v, b[k]) then return false end
    end
    for k in pairs(b) do
      if a[k] == nil then return false end
    end
    return true
  elseif ta == "seq" then
    if #a ~= #b then return false end
    for i = 1, #a do
      if not M.same(a[i], b[i]) then return false end
    end
    return true
  elseif ta == "expr" then
    return tostring(a) == tostring(b)
  end
  return a == b
end

-- A scalar as a message quotes it: `"text"` (cut at `max` bytes, 40 by default), a number, `true`, `null`; nil for a
-- map or a list, and for a string that `key = value` makes read as a secret (tg.secret_assignment).
function M.quote(key, v, max)
  local t = tg.type(v)
  if t == "null" then return "null" end
  if t == "string" then
    if tg.secret_assignment(key, v) then return nil end
    return '"' .. tg.excerpt(v, max or 40) .. '"'
  end
  if t == "int" or t == "float" or t == "bool" then return tostring(v) end
  return nil
end

return M

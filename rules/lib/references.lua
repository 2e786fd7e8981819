-- Library module "references": which items of a module folder or template name another one, as written. The
-- resource model relates alarms to what they watch and companions to what they configure; other references
-- (a composite alarm's rule, a deployment group's alarms, a queue's redrive policy) are read here as text.
-- Load it with
--   local refs = tg.lib("references")

local M = {}

local kMaxDepth = 8
local kMaxTexts = 400

-- The folder of a path: items of one folder (a Terraform module) or one file (a template) refer to each other.
function M.folder(path)
  return (path:match("^(.*)/[^/]*$")) or ""
end

-- Every string and expression text in v (attributes of an item), appended to out, bounded in depth and count.
function M.texts(v, out, depth)
  depth = depth or 0
  if depth > kMaxDepth or #out >= kMaxTexts then return out end
  local t = tg.type(v)
  if t == "string" then
    out[#out + 1] = v
  elseif t == "expr" then
    out[#out + 1] = tostring(v)
  elseif t == "map" then
    for _, x in pairs(v) do M.texts(x, out, depth + 1) end
  elseif t == "seq" then
    for _, x in ipairs(v) do M.texts(x, out, depth + 1) end
  end
  return out
end

-- True when one of texts names `word` as a whole (not inside a longer identifier).
function M.names(texts, word)
  if word == nil or word == "" then return false end
  local pattern = "%f[%w_%-]" .. word:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0") .. "%f[^%w_%-]"
  for _, s in ipairs(texts) do
    if s:find(word, 1, true) and s:find(pattern) then return true end
  end
  return false
end

-- For the resource documents of a repository: a function referenced(doc, words) that is true when an item of the
-- same folder other than doc names one of `words` (its address, its logical id, its name as the provider sees it).
-- `select(item)`, when given, says what of another item to read: a node, a Lua list of nodes, or nil to skip it;
-- the default is its attributes.
function M.index(repo, select)
  local by_folder = {}
  for _, doc in ipairs(repo:documents("resource")) do
    local f = M.folder(doc.path)
    local list = by_folder[f]
    if not list then
      list = {}
      by_folder[f] = list
    end
    list[#list + 1] = doc
  end
  local cache = {}
  local function texts_of(doc)
    local key = doc.path .. "#" .. tostring(doc.root.address)
    local t = cache[key]
    if not t then
      local what = doc.root.attributes
      if select then what = select(doc.root) end
      t = {}
      if type(what) == "table" then  -- a list of nodes
        for _, w in ipairs(what) do M.texts(w, t) end
      elseif what ~= nil then
        M.texts(what, t)
      end
      cache[key] = t
    end
    return t
  end
  return function(doc, words)
    for _, other in ipairs(by_folder[M.folder(doc.path)] or {}) do
      if other.root.address ~= doc.root.address or other.path ~= doc.path then
        local t = texts_of(other)
        for _, w in ipairs(words) do
          if type(w) == "string" and M.names(t, w) then return true end
        end
      end
    end
    return false
  end
end

-- The values under keys that match `pattern` (a Lua pattern, matched on the key lower-cased) anywhere in v, at most
-- 4 levels down: a Lua list of nodes, for `select`.
function M.under_keys(v, pattern, out, depth)
  out = out or {}
  depth = depth or 0
  if depth > 4 then return out end
  local t = tg.type(v)
  if t == "map" then
    for k, x in pairs(v) do
      if type(k) == "string" and k:lower():find(pattern) then
        out[#out + 1] = x
      else
        M.under_keys(x, pattern, out, depth + 1)
      end
    end
  elseif t == "seq" then
    for _, x in ipairs(v) do M.under_keys(x, pattern, out, depth + 1) end
  end
  return out
end

return M

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

-- Adds to `index` (word -> { [item key] = true }) every word of text: the runs of letters, digits, `_` and `-`
-- between other characters, and every run of consecutive dot-separated ones (`aws_sqs_queue.dlq.arn` gives
-- `aws_sqs_queue`, `aws_sqs_queue.dlq`, `dlq.arn`, ...), so that an address or a logical id is found whole.
local function add_words(index, text, key)
  for token in text:gmatch("[%w_%-%.]+") do
    local parts = {}
    for part in token:gmatch("[^%.]+") do parts[#parts + 1] = part end
    if #parts > 8 then parts = { table.unpack(parts, 1, 8) } end
    for i = 1, #parts do
      local w = parts[i]
      for j = i, #parts do
        if j > i then w = w .. "." .. parts[j] end
        local set = index[w]
        if not set then
          set = {}
          index[w] = set
        end
        set[key] = true
      end
    end
  end
end

-- For the resource documents of a repository: a function referenced(doc, words) that is true when an item of the
-- same folder other than doc names one of `words` (its address, its logical id, its name as the provider sees it)
-- as a whole word. `select(item)`, when given, says what of another item to read: a node, a Lua list of nodes, or
-- nil to skip it; the default is its attributes. A folder's words are indexed when it is first asked about, once:
-- most folders hold nothing a rule asks about (no alarm, no queue), and reading every item's text was most of
-- such a rule's time.
function M.index(repo, select)
  local docs_in = {}   -- folder -> its resource documents
  for _, doc in ipairs(repo:documents("resource")) do
    local f = M.folder(doc.path)
    local list = docs_in[f]
    if not list then
      list = {}
      docs_in[f] = list
    end
    list[#list + 1] = doc
  end
  local by_folder = {}
  local function folder_index(f)
    local index = by_folder[f]
    if index then return index end
    index = {}
    by_folder[f] = index
    for _, doc in ipairs(docs_in[f] or {}) do
      local what = doc.root.attributes
      if select then what = select(doc.root) end
      local texts = {}
      if tg.type(what) == "table" then  -- a list of nodes (a node is "map", "seq", ...)
        for _, w in ipairs(what) do M.texts(w, texts) end
      elseif what ~= nil then
        M.texts(what, texts)
      end
      local key = doc.path .. "#" .. tostring(doc.root.address)
      for _, t in ipairs(texts) do add_words(index, t, key) end
    end
    return index
  end
  return function(doc, words)
    local index = folder_index(M.folder(doc.path))
    local self = doc.path .. "#" .. tostring(doc.root.address)
    for _, w in ipairs(words) do
      local set = type(w) == "string" and index[w] or nil
      if set then
        for key in pairs(set) do
          if key ~= self then return true end
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

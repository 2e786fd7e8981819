-- Library module "terraform": walks the blocks of a Terraform document in its Terraform-JSON shape
-- (docs/document-model.md, "HCL"), where one key may hold a block or a seq of blocks at every level.
-- Load it with
--   local tf = tg.lib("terraform")

local paths = tg.lib("paths")

local M = {}

-- Calls fn(name, body, names) for every block of a map from names to bodies (`names`), each body a block or a
-- seq of blocks.
local function each_named(holder, fn)
  for names in tg.each(holder) do
    if tg.type(names) == "map" then
      for name, body in pairs(names) do
        for b in tg.each(body) do
          if tg.type(b) == "map" then fn(name, b, names) end
        end
      end
    end
  end
end

-- Calls fn(type_name, name, body, names) for every block of `section` ("resource" or "data"), of type `rtype`
-- or of every type when rtype is nil. `names` is the map holding the block by name: report on it with
-- key = name, on = "key" to point at the block's label.
function M.blocks(root, section, rtype, fn)
  if tg.type(root) ~= "map" then return end
  for types in tg.each(root[section]) do
    if tg.type(types) == "map" then
      for type_name, by_type in pairs(types) do
        if rtype == nil or type_name == rtype then
          each_named(by_type, function(name, b, names) fn(type_name, name, b, names) end)
        end
      end
    end
  end
end

-- Calls fn(name, body, names) for every block of a one-label `section` ("module", "variable", "output").
function M.named_blocks(root, section, fn)
  if tg.type(root) ~= "map" then return end
  each_named(root[section], fn)
end

-- The address of a resource instance's block: "module.a.aws_s3_bucket.logs[0]" -> "module.a.aws_s3_bucket.logs".
function M.block_address(address)
  return (address:gsub("%b[]", ""))
end

-- Terraform state files beside the configuration they were applied from: for each state file of the scan whose
-- folder holds `.tf` files (its root module), a table
--   { doc = the state document,
--     state = { [block address] = the state's entry (a node of `resources`) }, state_order = { addresses },
--     code = { [block address] = the resource item of the block }, code_order = { addresses },
--     unknown = { [module address] = true } }
-- (the orders: the state's, and the configuration's files in path order).
-- over managed resources only. Module blocks with a local `source` ("./modules/net") are followed, up to ten
-- levels; a module from elsewhere (registry, git) is in `unknown`: its resources cannot be compared.
function M.states_with_code(repo)
  local out = {}
  local states = repo:documents("terraform-state")
  if #states == 0 then return out end
  local configs, items = {}, {}  -- folder -> terraform documents / resource items
  for _, d in ipairs(repo:documents("terraform")) do
    local f = paths.folder(d.path)
    configs[f] = configs[f] or {}
    table.insert(configs[f], d)
  end
  for _, d in ipairs(repo:documents("resource")) do
    local item = d.root
    if item.source == "terraform" and type(item.address) == "string" and item.address:sub(1, 5) ~= "data." then
      local f = paths.folder(d.path)
      items[f] = items[f] or {}
      table.insert(items[f], item)
    end
  end
  for _, doc in ipairs(states) do
    local root_dir = paths.folder(doc.path)
    local resources = tg.type(doc.root) == "map" and doc.root.resources or nil
    if configs[root_dir] and tg.type(resources) == "seq" then
      local pair = { doc = doc, state = {}, state_order = {}, code = {}, code_order = {}, unknown = {} }
      local function add_module(dir, prefix, depth)
        for _, item in ipairs(items[dir] or {}) do
          local address = prefix .. item.address
          if pair.code[address] == nil then pair.code_order[#pair.code_order + 1] = address end
          pair.code[address] = item
        end
        if depth >= 10 then return end
        for _, d in ipairs(configs[dir] or {}) do
          M.named_blocks(d.root, "module", function(name, body)
            local src = body.source
            local address = prefix .. "module." .. name
            if type(src) == "string" and (src:sub(1, 2) == "./" or src:sub(1, 3) == "../") then
              add_module(paths.join(dir, src), address .. ".", depth + 1)
            else
              pair.unknown[address] = true
            end
          end)
        end
      end
      add_module(root_dir, "", 0)
      for _, r in ipairs(resources) do
        if tg.type(r) == "map" and r.mode == "managed" and type(r.type) == "string" and type(r.name) == "string" then
          local prefix = type(r.module) == "string" and r.module ~= "" and M.block_address(r.module) .. "." or ""
          local address = prefix .. r.type .. "." .. r.name
          if pair.state[address] == nil then pair.state_order[#pair.state_order + 1] = address end
          pair.state[address] = r
        end
      end
      out[#out + 1] = pair
    end
  end
  return out
end

-- Whether `address` lies in a module whose code is not in the scan (one of `unknown`'s module addresses).
function M.in_unknown_module(address, unknown)
  for prefix in pairs(unknown) do
    if address:sub(1, #prefix + 1) == prefix .. "." then return true end
  end
  return false
end

return M

-- Library module "terraform": walks the blocks of a Terraform document in its Terraform-JSON shape
-- (docs/document-model.md, "HCL"), where one key may hold a block or a seq of blocks at every level.
-- Load it with
--   local tf = tg.lib("terraform")

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

return M

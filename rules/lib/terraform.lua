-- Library module "terraform": walks the blocks of a Terraform document in its Terraform-JSON shape
-- (docs/document-model.md, "HCL"), where one key may hold a block or a seq of blocks at every level.
-- Load it with
--   local tf = tg.lib("terraform")

local M = {}

-- Calls fn(type_name, name, body, names) for every block of `section` ("resource" or "data"), of type `rtype`
-- or of every type when rtype is nil. `names` is the map holding the block by name: report on it with
-- key = name, on = "key" to point at the block's label.
function M.blocks(root, section, rtype, fn)
  if tg.type(root) ~= "map" then return end
  for types in tg.each(root[section]) do
    if tg.type(types) == "map" then
      for type_name, by_type in pairs(types) do
        if rtype == nil or type_name == rtype then
          for names in tg.each(by_type) do
            if tg.type(names) == "map" then
              for name, body in pairs(names) do
                for b in tg.each(body) do
                  if tg.type(b) == "map" then fn(type_name, name, b, names) end
                end
              end
            end
          end
        end
      end
    end
  end
end

return M

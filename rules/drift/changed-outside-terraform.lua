-- drift.changed-outside-terraform: a Terraform plan's resource_drift, the changes made to resources by something
-- other than Terraform since the last apply.
local tf = tg.lib("terraform")
local values = tg.lib("values")

-- Whether Terraform marks attribute `key` sensitive in a `before_sensitive`/`after_sensitive` value: true for the
-- whole object, or any true inside the attribute's own entry.
local function sensitive(marks, key)
  if marks == true then return true end
  if tg.type(marks) ~= "map" then return false end
  local m = marks[key]
  if m == nil or m == false then return false end
  if m == true then return true end
  local found = false
  tg.walk(m, function(v)
    if v == true then found = true end
  end)
  return found
end

-- `name`, `name "a" -> "b"` or `name (sensitive)`: an attribute as the message shows it. Values are shown for
-- scalars only (values.quote), and never for one that Terraform marks sensitive.
local function shown(change, key, before, after)
  if sensitive(change.before_sensitive, key) or sensitive(change.after_sensitive, key) then
    return tg.excerpt(key, 60) .. " (sensitive)"
  end
  local a, b = values.quote(key, before), values.quote(key, after)
  if a and b then return tg.excerpt(key, 60) .. " " .. a .. " -> " .. b end
  return tg.excerpt(key, 60)
end

-- The attributes a drift entry changed, in name order, as the message shows them.
local function changed(change)
  local before, after = change.before, change.after
  if tg.type(before) ~= "map" or tg.type(after) ~= "map" then return {} end
  local keys, seen = {}, {}
  for k in pairs(before) do
    keys[#keys + 1], seen[k] = k, true
  end
  for k in pairs(after) do
    if not seen[k] then keys[#keys + 1] = k end
  end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    if not values.same(before[k], after[k]) then out[#out + 1] = shown(change, k, before[k], after[k]) end
  end
  return out
end

-- "module.db.aws_db_instance.this[0]" -> "aws_db_instance.this": the block that a resource instance comes from,
-- without the module path (a module's blocks are items at their own address in its folder).
local function block_address(address)
  local a = tf.block_address(address)
  return a:match("([^.]+%.[^.]+)$") or a
end

return {
  id = "drift.changed-outside-terraform",
  title = "Resource was changed outside Terraform",
  severity = "high",
  tags = { "drift", "manual-change", "terraform" },
  applies_to = { "terraform-plan", "resource" },
  scope = "repository",
  help = [[
A Terraform plan in JSON (`terraform plan -refresh-only -out plan.out && terraform show -json plan.out`) lists
in `resource_drift` every managed resource whose real state differs from the state Terraform recorded at the last
apply: someone changed it in the console, with the CLI, or another tool did. Reported once per resource, on its
`address` in the plan, with the attributes that differ: the old and new value for a scalar, the name alone for a
list or map, `(sensitive)` for what Terraform marks sensitive, and nothing of a value whose name says it is a
secret. A resource deleted outside Terraform is reported as such. When the resource's block is in the scan (one
block of that address), it is a related location.

Fix: make the change in code and apply it, or apply the code to undo the change; then find out who changed the
resource by hand and how (CloudTrail, the cloud's audit log). See docs/rules/drift/changed-outside-terraform.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/internals/json-format#plan-representation",
    "https://developer.hashicorp.com/terraform/tutorials/state/resource-drift",
  },
  check = function(repo, ctx)
    local blocks  -- block address -> the configuration's resource items; built at the first drift entry
    local function block_of(address)
      if blocks == nil then
        blocks = {}
        for _, d in ipairs(repo:documents("resource")) do
          local item = d.root
          if item.source == "terraform" then
            local key = block_address(item.address)
            local list = blocks[key]
            if list == nil then
              list = {}
              blocks[key] = list
            end
            list[#list + 1] = item
          end
        end
      end
      local list = blocks[block_address(address)]
      if list and #list == 1 then return list[1] end
      return nil
    end
    for _, plan in ipairs(repo:documents("terraform-plan")) do
      local root = plan.root
      local drift = tg.type(root) == "map" and root.resource_drift or nil
      if tg.type(drift) == "seq" then
        for _, d in ipairs(drift) do
          local change = tg.type(d) == "map" and d.change or nil
          if tg.type(change) == "map" and d.mode ~= "data" and tg.type(d.address) == "string" then
            local what
            local actions = change.actions
            local deleted = tg.type(actions) == "seq" and actions[1] == "delete" or tg.type(change.after) == "null"
            if deleted then
              what = "was deleted outside Terraform"
            else
              local attrs = changed(change)
              if #attrs > 6 then
                local n = #attrs - 5
                for i = #attrs, 6, -1 do attrs[i] = nil end
                attrs[#attrs + 1] = "and " .. n .. " more"
              end
              what = #attrs > 0 and "was changed outside Terraform: " .. table.concat(attrs, ", ")
                or "was changed outside Terraform"
            end
            local related
            local block = block_of(d.address)
            if block then related = { { at = block, key = "address", message = "the resource's block" } } end
            ctx:report{ at = d, key = "address", message = tg.excerpt(d.address) .. " " .. what, related = related }
          end
        end
      end
    end
  end,
}

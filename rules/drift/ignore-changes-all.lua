-- drift.ignore-changes-all: Terraform told to ignore every attribute of a resource.
local tf = tg.lib("terraform")

return {
  id = "drift.ignore-changes-all",
  title = "Resource ignores all changes, so drift is never corrected",
  severity = "medium",
  tags = { "drift", "terraform" },
  applies_to = { "terraform" },
  help = [[
`lifecycle { ignore_changes = all }` makes Terraform ignore every attribute of the resource after it is
created: changes made by hand in the console stay forever, and changes made in code are never applied.
Reported for `all`, `[all]` and the legacy string `"all"` (also in `.tf.json`), on resources and data
sources.

Not reported: a list of named attributes (`ignore_changes = [tags["LastScanned"], desired_count]`), which
is the narrow, documented use.

Fix: list only the attributes that something else legitimately manages (an autoscaler's desired count, a
tag written by another system), and let Terraform correct everything else.
See docs/rules/drift/ignore-changes-all.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#ignore_changes",
  },
  check = function(doc, ctx)
    local function is_all(v)
      local t = tg.type(v)
      if t == "string" or t == "expr" then
        local s = tostring(v):gsub("%s", "")
        return s == "all" or s == "[all]" or s == '["all"]' or s == '"all"'
      end
      if t == "seq" and #v == 1 then
        local x = v[1]
        local tx = tg.type(x)
        return (tx == "string" or tx == "expr") and tostring(x):gsub("%s", "") == "all"
      end
      return false
    end
    for _, section in ipairs({ "resource", "data" }) do
      tf.blocks(doc.root, section, nil, function(type_name, name, b)
        for lc in tg.each(b.lifecycle) do
          if tg.type(lc) == "map" and lc.ignore_changes ~= nil and is_all(lc.ignore_changes) then
            ctx:report{ at = lc, key = "ignore_changes",
              message = type_name .. "." .. name .. " ignores all changes, so drift from its code is never corrected" }
          end
        end
      end)
    end
  end,
}

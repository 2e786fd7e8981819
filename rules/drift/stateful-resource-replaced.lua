-- drift.stateful-resource-replaced: a Terraform plan that destroys and recreates a resource holding data.
local res = tg.lib("resource")

-- The classes whose data does not survive a replacement, and how bad losing it is.
local kStateful = {
  database = "critical", bucket = "critical", file_system = "critical", volume = "critical", key = "critical",
  search = "critical", stream = "critical", queue = "critical",
  cache = "high", secret = "high", log_group = "high", registry = "high",
}

return {
  id = "drift.stateful-resource-replaced",
  title = "Terraform plan replaces a resource that holds data",
  severity = "critical",
  tags = { "drift", "resource", "terraform" },
  applies_to = { "resource" },
  help = [[
A plan whose actions for a resource are delete and create (`-/+` or `+/-` in `terraform plan`) destroys it and
makes a new, empty one: a database, bucket, file system, volume, search domain, stream or queue loses its data,
a KMS key everything encrypted with it. A change to an argument the provider cannot update in place (a
database's `identifier` or `engine`, a bucket's name, a volume's availability zone) or drift from outside
Terraform is the usual cause. Reported on the plan's resource (`terraform show -json plan.out`), with the
attributes that force the replacement (`replace_paths`) when the plan lists them.

Severity: critical for databases, buckets, file systems, volumes, keys, search domains, streams and queues; high
for caches, secrets, log groups and container registries. Not reported: read replicas, resources the plan
creates, updates in place or deletes outright.

Fix: change the argument back, or move the data first (a snapshot restore, `terraform state mv` for a rename
through a `moved` block) and protect the resource with `lifecycle { prevent_destroy = true }`.
See docs/rules/drift/stateful-resource-replaced.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/internals/json-format#change-representation",
    "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.plan_action ~= "replace" then return end
    local severity = kStateful[item.class]
    if not severity or res.is_copy(item) then return end
    local why = ""
    local paths = item.replace_paths
    if tg.type(paths) == "seq" and #paths > 0 then
      local names = {}
      for i, p in ipairs(paths) do
        if i > 5 then
          names[#names + 1] = "and " .. (#paths - 5) .. " more"
          break
        end
        names[#names + 1] = tg.excerpt(p)
      end
      why = ", forced by " .. table.concat(names, ", ")
    end
    ctx:report{ at = item, key = "address", severity = severity,
      message = tg.excerpt(item.address) .. " (" .. item.class .. ") is destroyed and recreated by this plan"
        .. why .. ": its data does not survive" }
  end,
}

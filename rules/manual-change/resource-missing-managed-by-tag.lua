-- manual-change.resource-missing-managed-by-tag: a resource without the provenance tag the configuration requires.
local res = tg.lib("resource")

-- Classes of resources that take tags on every provider the model maps; rules of a security group do not.
local kUntaggable = { security_group_rule = true }
-- Types of a classified kind that take no tags: inline IAM policies, policy documents, Google SSL policies.
local kUntaggableTypes = {
  aws_iam_role_policy = true, aws_iam_user_policy = true, aws_iam_group_policy = true,
  aws_iam_policy_document = true, ["AWS::IAM::Policy"] = true, google_compute_ssl_policy = true,
}

return {
  id = "manual-change.resource-missing-managed-by-tag",
  title = "Resource lacks the managed-by tag the configuration requires",
  severity = "low",
  tags = { "manual-change", "resource" },
  applies_to = { "resource" },
  help = [[
A provenance tag (`ManagedBy = "terraform"`) lets anyone who finds the resource in the console know that a change
there will be overwritten, and lets drift tools tell code-made resources from hand-made ones. This rule does
nothing until the configuration asks for a tag:

```yaml
options:
  manual-change.resource-missing-managed-by-tag:
    tag: ManagedBy        # required: the tag's name (matched in any case)
    value: terraform      # optional: the value it must have
```

Then it reports every classified resource (databases, buckets, clusters, queues, instances, ...) whose tags do not
carry it, or carry another value; an AWS provider's `default_tags` in the same file counts. Google resources are
judged by their `labels`.

Not reported: resources whose `tags` are unknown (`tags = var.tags`, `merge(var.tags, ...)` with an unknown part),
security group rules, inline IAM policies and policy documents (not taggable), and resources without a portable
class.

Fix: set the tag on the resource, or once for all through the provider's `default_tags`.
See docs/rules/manual-change/resource-missing-managed-by-tag.md.]],
  references = {
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#default_tags-configuration-block",
  },
  check = function(doc, ctx)
    local want = ctx.options.tag
    if type(want) ~= "string" or want == "" then return end
    local item = doc.root
    local cls = item.class
    if cls == nil or kUntaggable[cls] or kUntaggableTypes[item.type] then return end
    local tags = item.tags
    if tags ~= nil and tg.type(tags) ~= "map" then return end  -- unknown
    local wanted_value = ctx.options.value
    local lower = want:lower()
    local found_key, found
    if tags ~= nil then
      for k, v in pairs(tags) do
        if k:lower() == lower then found_key, found = k, v end
      end
    end
    if found_key == nil then
      -- The AWS provider's default_tags, when written in the same file.
      if item.provider == "aws" and item.source == "terraform" then
        local origin = doc.origin and doc.origin.root
        local providers = tg.type(origin) == "map" and origin.provider or nil
        local aws = providers and tg.get(providers, "aws") or nil
        for p in tg.each(aws) do
          local dt = tg.type(p) == "map" and tg.get(p, "default_tags.tags") or nil
          if tg.type(dt) == "map" then
            for k, v in pairs(dt) do
              if k:lower() == lower then found_key, found = k, v end
            end
          elseif dt ~= nil then
            return  -- unknown default tags
          end
        end
      end
    end
    if found_key == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " has no " .. tg.excerpt(want, 40) .. " tag")
    elseif type(wanted_value) == "string" and type(found) == "string" and found:lower() ~= wanted_value:lower() then
      ctx:report{ at = tags ~= nil and tags[found_key] ~= nil and tags or item, key = tags ~= nil and tags[found_key] ~= nil and found_key or "address",
        message = tg.excerpt(item.address) .. " has " .. tg.excerpt(found_key, 40) .. " = '" .. tg.excerpt(found, 40)
          .. "', not '" .. tg.excerpt(wanted_value, 40) .. "'" }
    end
  end,
}

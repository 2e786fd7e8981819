-- drift.environment-key-missing: a setting that some environments of a set give and others do not.
local envs = tg.lib("environment")

return {
  id = "drift.environment-key-missing",
  title = "Setting present in some environments and missing in others",
  severity = "medium",
  tags = { "drift", "environment" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
Environments built from one template differ only in their values: every environment's tfvars, Helm values, `.env`
or configuration file gives the same keys. A key that some environments set and others do not is a setting that
was added to one environment and never promoted, or removed from one and not the others.

Compared: the settings files of one environment set with the same place in it: `dev.tfvars` with `prod.tfvars`,
`values-staging.yaml` with `values-prod.yaml`, `envs/dev/terraform.tfvars` with `envs/prod/terraform.tfvars`.
Keys are compared by dotted path (`db.pool_size`); a list is one value. A Helm `values-<env>.yaml` has the keys
of its chart's `values.yaml` too, which it inherits; a tfvars file beside Terraform files that declare variables
takes no variable they do not declare (its stack is not the others'). Reported once per key, on the key in the
last environment of the promotion order that has it, with each file that lacks it as a related location.

Severity: medium when production lacks the key, low otherwise.

Fix: add the key to the environments that lack it (with their value), or remove it from all.
See docs/rules/drift/environment-key-missing.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    "https://12factor.net/config",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      for _, group in ipairs(envs.settings_groups(set)) do
        for _, key in ipairs(group.keys) do
          local having, lacking, related, last, production = {}, {}, {}, nil, false
          for _, m in ipairs(group.members) do
            if m.by_key[key] then
              having[#having + 1] = m.env
              last = m
            elseif m.inherits[key] or not m.takes(key) then
              -- the chart's values.yaml sets it, or this environment's Terraform stack has no such variable
            else
              lacking[#lacking + 1] = m.env
              production = production or m.env.tier == "production"
              related[#related + 1] = { at = m.item.settings, message = m.env.name .. " does not set " .. tg.excerpt(key) }
            end
          end
          if #lacking > 0 then
            local leaf = last.by_key[key]
            ctx:report{ at = leaf.map, key = leaf.at, on = "key", severity = production and "medium" or "low",
              message = "setting '" .. tg.excerpt(key) .. "' is in " .. envs.names(having) .. " but not in "
                .. envs.names(lacking),
              related = related }
          end
        end
      end
    end
  end,
}

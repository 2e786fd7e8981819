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
Keys are compared by dotted path (`db.pool_size`); a list is one value. Reported once per key, on the key in the
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
      -- Files by their place in the set (the component), each environment's settings under it.
      local groups, group_order = {}, {}
      for _, env in ipairs(set.envs) do
        for _, entry in ipairs(env.items) do
          local item = entry.item
          if tg.type(item.settings) == "map" then
            local g = groups[item.component]
            if g == nil then
              g = {}
              groups[item.component] = g
              group_order[#group_order + 1] = item.component
            end
            g[#g + 1] = { env = env, item = item, path = entry.path, leaves = envs.leaves(item.settings) }
          end
        end
      end
      for _, component in ipairs(group_order) do
        local members = groups[component]
        if #members >= 2 then
          local keys, key_order, has = {}, {}, {}
          for i, m in ipairs(members) do
            has[i] = {}
            for _, leaf in ipairs(m.leaves) do
              has[i][leaf.key] = leaf
              if not keys[leaf.key] then
                keys[leaf.key] = true
                key_order[#key_order + 1] = leaf.key
              end
            end
          end
          for _, key in ipairs(key_order) do
            local with, without = {}, {}
            for i, m in ipairs(members) do
              if has[i][key] then with[#with + 1] = i else without[#without + 1] = i end
            end
            if #without > 0 then
              local last = with[#with]
              local leaf = has[last][key]
              local lacking, related, production = {}, {}, false
              for _, i in ipairs(without) do
                local m = members[i]
                lacking[#lacking + 1] = m.env
                production = production or m.env.tier == "production"
                related[#related + 1] = { at = m.item.settings, message = m.env.name .. " does not set " .. tg.excerpt(key) }
              end
              local having = {}
              for _, i in ipairs(with) do having[#having + 1] = members[i].env end
              ctx:report{ at = leaf.map, key = leaf.at, on = "key", severity = production and "medium" or "low",
                message = "setting '" .. tg.excerpt(key) .. "' is in " .. envs.names(having) .. " but not in "
                  .. envs.names(lacking),
                related = related }
            end
          end
        end
      end
    end
  end,
}

-- drift.environment-value-differs: a setting whose value differs between environments although the configuration
-- does not allow it to.
local envs = tg.lib("environment")
local values = tg.lib("values")

return {
  id = "drift.environment-value-differs",
  title = "Setting differs between environments where the configuration does not allow it",
  severity = "medium",
  tags = { "drift", "environment" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
When `.tollgate.yaml` lists the settings that may differ between environments (`environments: allow-differ:
[instance_class, replicas, "resources.*"]`), every other setting must have the same value in every environment
that sets it. Reported once per setting, on its value in the last environment of the promotion order whose value
differs from the first environment's, with the other values as related locations:
`setting 'log_level' differs between environments: dev "debug", prod "info"`. Values are quoted only for
scalars, and never a value whose key reads as a secret.

Without `environments.allow-differ` in the configuration this rule reports nothing: environments differ in their
values by design, and only the repository knows which differences are intended. A key missing in some environments
is drift.environment-key-missing's.

Fix: give the setting the same value everywhere, or add it to `environments.allow-differ`.
See docs/rules/drift/environment-value-differs.md.]],
  references = {
    "https://12factor.net/dev-prod-parity",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      for _, group in ipairs(envs.settings_groups(set)) do
        local allow = group.members[1].item.allow_differ
        if allow ~= nil then
          for _, key in ipairs(group.keys) do
            if not envs.allowed(key, allow) then
              local present, first, differing = {}, nil, nil
              for _, m in ipairs(group.members) do
                local leaf = m.by_key[key]
                if leaf then
                  present[#present + 1] = { env = m.env, leaf = leaf }
                  if first == nil then first = leaf
                  elseif not values.same(first.map[first.at], leaf.map[leaf.at]) then differing = #present end
                end
              end
              if differing then
                local shown, related = {}, {}
                for i, p in ipairs(present) do
                  local q = values.quote(tostring(p.leaf.at), p.leaf.map[p.leaf.at])
                  shown[#shown + 1] = p.env.name .. (q and " " .. q or "")
                  if i ~= differing then
                    related[#related + 1] = { at = p.leaf.map, key = p.leaf.at, message = p.env.name .. "'s value" }
                  end
                end
                local at = present[differing].leaf
                ctx:report{ at = at.map, key = at.at,
                  message = "setting '" .. tg.excerpt(key) .. "' differs between environments: "
                    .. table.concat(shown, ", "),
                  related = related }
              end
            end
          end
        end
      end
    end
  end,
}

-- drift.environment-component-missing: a component (module call, resource, Kubernetes object, file) that some
-- environment folders of a set have and others do not.
local envs = tg.lib("environment")

return {
  id = "drift.environment-component-missing",
  title = "Component present in some environments and missing in others",
  severity = "medium",
  tags = { "drift", "environment" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
Environments built from one template have the same components. In an environment set of folders (`envs/dev`,
`envs/staging`, `envs/prod`; Kustomize `overlays/<env>`), a Terraform module call, a resource block or a
Kubernetes object (kind and name) that some environments have and others do not is a snowflake (made in one
environment only) or a change never promoted. So is a file, when it holds none of those (a patch, a config file).

Reported once per component, on it in the last environment of the promotion order that has it, with its other
places as related locations: `module 'cache' is in dev, staging but not in prod`. Components are matched by name
across the files of an environment, so moving a block to another file is not a difference; Kubernetes objects and
files without the words of their names that name an environment (`Namespace/dev-shop`, `Namespace/prod-shop`).

Severity: medium when production lacks the component, low otherwise (a production-only component, such as a WAF,
is often deliberate: suppress it with a reason).

Fix: promote the component to the environments that lack it, or remove it from the others.
See docs/rules/drift/environment-component-missing.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/modules/develop/composition",
    "https://kubectl.docs.kubernetes.io/references/kustomize/glossary/#overlay",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      if set.layout == "folder" and #set.envs >= 2 then
        -- component id -> { label =, places = { [env index] = { at =, key = } } }, in order of first sight.
        local comps, order = {}, {}
        local function place(id, label, e, at, key)
          local c = comps[id]
          if c == nil then
            c = { label = label, places = {} }
            comps[id] = c
            order[#order + 1] = id
          end
          if c.places[e] == nil then c.places[e] = { at = at, key = key } end
        end
        for e, env in ipairs(set.envs) do
          for _, entry in ipairs(env.items) do
            local comps_of = entry.item.components
            if tg.type(comps_of) == "map" then
              for id, label in pairs(comps_of) do place(id, tg.excerpt(label, 200), e, comps_of, id) end
            end
          end
        end
        for _, id in ipairs(order) do
          local c = comps[id]
          local having, lacking, production, last = {}, {}, false, nil
          for e, env in ipairs(set.envs) do
            if c.places[e] then
              having[#having + 1] = env
              last = e
            else
              lacking[#lacking + 1] = env
              production = production or env.tier == "production"
            end
          end
          if #lacking > 0 then
            local related = {}
            for e, env in ipairs(set.envs) do
              local other = c.places[e]
              if other and e ~= last then related[#related + 1] = { at = other.at, key = other.key, message = "in " .. env.name } end
            end
            local p = c.places[last]
            ctx:report{ at = p.at, key = p.key, severity = production and "medium" or "low",
              message = c.label .. " is in " .. envs.names(having) .. " but not in " .. envs.names(lacking),
              related = related }
          end
        end
      end
    end
  end,
}

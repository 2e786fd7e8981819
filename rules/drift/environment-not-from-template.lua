-- drift.environment-not-from-template: environment folders that declare the same resources each, or a Kustomize
-- overlay that builds on no shared base where the others do.
local envs = tg.lib("environment")

return {
  id = "drift.environment-not-from-template",
  title = "Environment is not built from the shared template",
  severity = "low",
  tags = { "drift", "environment" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
Environments built from one template declare their infrastructure once, in a shared Terraform module or a Kustomize
base, and differ only in parameters. In a set of environment folders, reported:
- a Terraform resource block declared inline in two or more of the environments (`resource "aws_s3_bucket" "logs"`
  in `envs/dev/main.tf` and in `envs/prod/main.tf`): copies that drift apart one edit at a time. Once per address,
  on the block in the last environment of the promotion order, the other copies as related locations;
- a Kustomization that builds on nothing outside its folder (no `../` entry in `resources`, `bases` or
  `components`) where the same Kustomization of another environment does: an overlay that left the base.

A resource in only one environment is drift.environment-component-missing's (a snowflake).

Fix: move the copied blocks into a module that every environment calls with its parameters; point the overlay at
the shared base. See docs/rules/drift/environment-not-from-template.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/modules/develop/composition",
    "https://kubectl.docs.kubernetes.io/references/kustomize/glossary/#base",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      if set.layout == "folder" then
        -- Inline resources: address -> { { env =, at = resources map } } in environment order.
        local copies, order = {}, {}
        -- Kustomizations by file: { { env =, item = } }.
        local overlays, overlay_order = {}, {}
        for _, env in ipairs(set.envs) do
          for _, entry in ipairs(env.items) do
            local item = entry.item
            if tg.type(item.resources) == "map" then
              for address in pairs(item.resources) do
                local c = copies[address]
                if c == nil then
                  c = {}
                  copies[address] = c
                  order[#order + 1] = address
                end
                if #c == 0 or c[#c].env ~= env then c[#c + 1] = { env = env, at = item.resources } end
              end
            end
            if tg.type(item.bases) == "seq" then
              local o = overlays[item.component]
              if o == nil then
                o = {}
                overlays[item.component] = o
                overlay_order[#overlay_order + 1] = item.component
              end
              o[#o + 1] = { env = env, item = item }
            end
          end
        end
        for _, address in ipairs(order) do
          local c = copies[address]
          if #c >= 2 then
            local names, related = {}, {}
            for i, place in ipairs(c) do
              names[#names + 1] = place.env
              if i < #c then
                related[#related + 1] = { at = place.at, key = address, message = "the copy in " .. place.env.name }
              end
            end
            ctx:report{ at = c[#c].at, key = address,
              message = "resource '" .. tg.excerpt(address) .. "' is declared in each of " .. envs.names(names)
                .. " instead of once in a shared module",
              related = related }
          end
        end
        for _, component in ipairs(overlay_order) do
          local o = overlays[component]
          local with_base
          for _, k in ipairs(o) do
            if #k.item.bases > 0 then with_base = with_base or k end
          end
          if with_base then
            for _, k in ipairs(o) do
              if #k.item.bases == 0 then
                ctx:report{ at = k.item,
                  message = k.env.name .. "'s " .. tg.excerpt(component) .. " builds on no shared base, unlike "
                    .. with_base.env.name .. "'s",
                  related = { { at = with_base.item.bases, key = 1, message = with_base.env.name .. "'s base" } } }
              end
            end
          end
        end
      end
    end
  end,
}

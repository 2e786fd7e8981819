-- supply-chain.unpinned-provider: a required provider without a version constraint.

return {
  id = "supply-chain.unpinned-provider",
  title = "Terraform provider has no version constraint",
  severity = "low",
  tags = { "supply-chain", "terraform" },
  applies_to = { "terraform" },
  help = [[
A provider required without a version constraint is installed at its latest release on each fresh `terraform
init`: a new major version can change or remove resources' behaviour under an unchanged configuration. Reported at
an entry of `terraform { required_providers { ... } }` that gives a `source` but no `version`. A committed
`.terraform.lock.hcl` pins the builds in use, but `terraform init -upgrade` (and every module consumer) then takes
any release: the constraint is what bounds upgrades.

Not reported: entries with a version (`version = "~> 5.0"`, or the legacy `aws = "~> 5.0"`), and unknown values.

Fix: add `version = "~> 5.0"` to each provider (modules: the lowest version they work with, `>= 5.0`) and commit
`.terraform.lock.hcl` in root modules.
See docs/rules/supply-chain/unpinned-provider.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/providers/requirements#version-constraints",
    "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    for tf in tg.each(root.terraform) do
      if tg.type(tf) == "map" then
        for rp in tg.each(tf.required_providers) do
          if tg.type(rp) == "map" then
            for name, spec in pairs(rp) do
              if tg.type(spec) == "map" and spec.version == nil then
                ctx:report{ at = rp, key = name, on = "key",
                  message = "provider '" .. tg.excerpt(name, 60) .. "' has no version constraint" }
              end
            end
          end
        end
      end
    end
  end,
}

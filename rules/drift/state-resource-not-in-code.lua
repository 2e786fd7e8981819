-- drift.state-resource-not-in-code: a resource in a Terraform state file that no block of its configuration has.
local tf = tg.lib("terraform")

return {
  id = "drift.state-resource-not-in-code",
  title = "Terraform state holds a resource that the configuration does not",
  severity = "high",
  tags = { "drift", "terraform", "manual-change" },
  applies_to = { "terraform-state", "terraform", "resource" },
  scope = "repository",
  help = [[
A managed resource in a Terraform state file (`terraform.tfstate`, or the JSON of `terraform state pull`) with no
resource block of that address in the configuration beside it: a resource imported by hand (`terraform import`
without a block), or a block deleted from the code while the resource lives on. The next `terraform apply` of that
configuration plans to destroy it. Reported on the state's entry, once per block address (all instances of a
`count` or `for_each` are one).

Compared only where the state file's folder holds `.tf` files (its root module). Modules with a local `source`
(`./modules/net`) are followed; resources of modules from a registry or git are not compared, nor data sources.

Fix: write the block (or a `removed` block, or `terraform state rm`, if the resource should leave Terraform's
care). See docs/rules/drift/state-resource-not-in-code.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/state",
    "https://developer.hashicorp.com/terraform/language/resources/syntax#removing-resources",
  },
  check = function(repo, ctx)
    for _, pair in ipairs(tf.states_with_code(repo)) do
      for _, address in ipairs(pair.state_order) do
        if pair.code[address] == nil and not tf.in_unknown_module(address, pair.unknown) then
          ctx:report{ at = pair.state[address], key = "name",
            message = tg.excerpt(address) .. " is in the state but in no block of the configuration: "
              .. "the next apply destroys it" }
        end
      end
    end
  end,
}

-- drift.code-never-applied: a resource block of a configuration that its own state file does not have.
local tf = tg.lib("terraform")

return {
  id = "drift.code-never-applied",
  title = "Resource block was never applied to the state beside it",
  severity = "medium",
  tags = { "drift", "terraform" },
  applies_to = { "terraform-state", "terraform", "resource" },
  scope = "repository",
  help = [[
A resource block of a root module whose state file is in the scan (`terraform.tfstate` in the same folder) but
which the state does not have: the code describes infrastructure that does not exist, because the change was never
applied, was applied from another copy of the code, or its resource was removed from the state by hand
(`terraform state rm`). Reported on the block's label, with the state file as a related location.

Compared only where the state file's folder holds `.tf` files. Modules with a local `source` are followed; blocks
whose `count` is 0 (or `for_each` empty) are not items of the resource model and are not reported.

Fix: apply the configuration, or find out why its state lacks the resource. See
docs/rules/drift/code-never-applied.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/state",
    "https://developer.hashicorp.com/terraform/cli/commands/plan",
  },
  check = function(repo, ctx)
    for _, pair in ipairs(tf.states_with_code(repo)) do
      for _, address in ipairs(pair.code_order) do
        if pair.state[address] == nil then
          ctx:report{ at = pair.code[address], key = "address",
            message = tg.excerpt(address) .. " is not in the state " .. tg.excerpt(pair.doc.path)
              .. ": it was never applied",
            related = { { at = pair.doc.root, message = "the state file" } } }
        end
      end
    end
  end,
}

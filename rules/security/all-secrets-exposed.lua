-- security.all-secrets-exposed: a GitHub workflow hands a step every secret of the repository at once, or picks
-- secrets by a computed name (pipeline model).

-- `toJSON(secrets)` (function names are case-insensitive), and `secrets[...]` indexed by anything but a quoted
-- name. Either way GitHub cannot tell which secrets the job uses, and gives the runner all of them.
local function exposure(s)
  if type(s) ~= "string" or not s:find("${{", 1, true) then return nil end
  local lower = s:lower()
  if lower:find("tojson%(%s*secrets%s*%)") then return "toJSON(secrets)" end
  if s:find("secrets%s*%[%s*[^'\"%s]") then return "secrets[...] with a computed name" end
  return nil
end

return {
  id = "security.all-secrets-exposed",
  title = "GitHub workflow exposes every secret of the repository",
  severity = "medium",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
`${{ toJSON(secrets) }}` puts every secret of the repository (and of its organization, where shared) into one
value; `secrets[format('TOKEN_%s', matrix.env)]` makes GitHub send every secret to the runner, because it cannot
tell which one the job will read. Either way a step, an action or a compromised dependency sees secrets it has
nothing to do with, and one leaked log or artifact leaks them all. Reported at the value that holds the
expression. Fix: name the secrets the step needs, one by one. See docs/rules/security/all-secrets-exposed.md.]],
  references = {
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#secrets-context",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    tg.walk(p, function(value, parent, key)
      -- A script is read once, as the step's `run`: its commands are the same text again.
      if key == "commands" then return false end
      local what = exposure(value)
      if what then
        ctx:report{ at = parent, key = key,
          message = what .. " gives this step every secret of the repository, not just the ones it uses" }
      end
    end)
  end,
}

-- supply-chain.unpinned-action: GitHub Actions referenced by a mutable ref.

-- The SLSA generator's builders check that they were called by a release tag (slsa-github-generator issue 150):
-- a SHA pin makes them fail, so a full version tag is the only pin they take.
local function slsa_generator(u)
  local path, tag = u:match("^slsa%-framework/slsa%-github%-generator/(%.github/workflows/[^@]+)@(.+)$")
  return path ~= nil and tag:match("^v%d+%.%d+%.%d+[%w.-]*$") ~= nil
end

return {
  id = "supply-chain.unpinned-action",
  title = "Action is not pinned to a full commit SHA",
  severity = "medium",
  tags = { "supply-chain", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
A `uses:` that points at a tag or branch (`actions/checkout@v4`, `some/action@main`) runs whatever the ref
points at today; if the action's repository is compromised, or a tag is moved, the workflow runs new code
with the job's token and secrets. Only a full 40-character commit SHA is immutable.

Reported: step and job (reusable workflow) `uses:` with a tag, a branch, an abbreviated SHA or no ref, and
`docker://` images without a `@sha256:` digest. Actions owned by GitHub (`actions/*`, `github/*`) are
reported at low severity, others at medium.
Not reported: local actions and workflows (`./...`), `owner/repo@<40 hex>`, `docker://...@sha256:...`, and
the SLSA generator's reusable workflows at a full version tag (`slsa-framework/slsa-github-generator/
.github/workflows/...@v2.1.0`): they refuse any ref that is not a `vX.Y.Z` tag, a SHA included.

Fix: pin to the commit SHA and keep the tag as a comment (`uses: actions/checkout@<sha> # v4.2.2`); let
Dependabot or Renovate update the pins. See docs/rules/supply-chain/unpinned-action.md.]],
  references = {
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsuses",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local function check_uses(x)
      local use = x.uses
      if use == nil or use.pinned == "digest" or use.pinned == "local" then return end
      local u = use.ref
      if slsa_generator(u) then return end
      if u:sub(1, 9) == "docker://" then
        ctx:report{ at = use, message = "container action '" .. tg.excerpt(u) .. "' is not pinned to a @sha256: digest" }
        return
      end
      local target, ref = u:match("^(.-)@(.*)$")
      local owner = (target or u):lower():match("^([^/]+)/") or ""
      local severity = (owner == "actions" or owner == "github") and "low" or nil
      if not target then
        ctx:report{ at = use, severity = severity,
          message = "action '" .. tg.excerpt(u) .. "' has no ref; pin it to a full commit SHA" }
      elseif ref:match("^%x+$") and #ref >= 7 and #ref < 40 then
        ctx:report{ at = use, severity = severity,
          message = "action '" .. tg.excerpt(target) .. "' is pinned to an abbreviated SHA '" .. tg.excerpt(ref) .. "'; use the full 40-character SHA" }
      else
        ctx:report{ at = use, severity = severity,
          message = "action '" .. tg.excerpt(target) .. "' is pinned to the mutable ref '" .. tg.excerpt(ref) .. "', not a full commit SHA" }
      end
    end
    for _, job in ipairs(p.jobs) do
      check_uses(job)
      for _, step in ipairs(job.steps) do check_uses(step) end
    end
  end,
}

-- supply-chain.unpinned-action: GitHub Actions referenced by a mutable ref.
return {
  id = "supply-chain.unpinned-action",
  title = "Action is not pinned to a full commit SHA",
  severity = "medium",
  tags = { "supply-chain", "github-actions" },
  applies_to = { "github-actions" },
  help = [[
A `uses:` that points at a tag or branch (`actions/checkout@v4`, `some/action@main`) runs whatever the ref
points at today; if the action's repository is compromised, or a tag is moved, the workflow runs new code
with the job's token and secrets. Only a full 40-character commit SHA is immutable.

Reported: step and job (reusable workflow) `uses:` with a tag, a branch, an abbreviated SHA or no ref, and
`docker://` images without a `@sha256:` digest. Actions owned by GitHub (`actions/*`, `github/*`) are
reported at low severity, others at medium.
Not reported: local actions and workflows (`./...`), `owner/repo@<40 hex>`, `docker://...@sha256:...`.

Fix: pin to the commit SHA and keep the tag as a comment (`uses: actions/checkout@<sha> # v4.2.2`); let
Dependabot or Renovate update the pins. See docs/rules/supply-chain/unpinned-action.md.]],
  references = {
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsuses",
  },
  check = function(doc, ctx)
    local function check_uses(map)
      local u = map.uses
      if type(u) ~= "string" then return end
      u = u:match("^%s*(.-)%s*$")
      if u:sub(1, 2) == "./" or u == "." then return end
      if u:sub(1, 9) == "docker://" then
        if not u:find("@sha256:%x+$") then
          ctx:report{ at = map, key = "uses",
            message = "container action '" .. tg.excerpt(u) .. "' is not pinned to a @sha256: digest" }
        end
        return
      end
      local target, ref = u:match("^(.-)@(.*)$")
      local owner = (target or u):lower():match("^([^/]+)/") or ""
      local severity = (owner == "actions" or owner == "github") and "low" or nil
      if not target then
        ctx:report{ at = map, key = "uses", severity = severity,
          message = "action '" .. tg.excerpt(u) .. "' has no ref; pin it to a full commit SHA" }
      elseif ref:match("^%x+$") and #ref == 40 then
        return
      elseif ref:match("^%x+$") and #ref >= 7 and #ref < 40 then
        ctx:report{ at = map, key = "uses", severity = severity,
          message = "action '" .. tg.excerpt(target) .. "' is pinned to an abbreviated SHA '" .. tg.excerpt(ref) .. "'; use the full 40-character SHA" }
      else
        ctx:report{ at = map, key = "uses", severity = severity,
          message = "action '" .. tg.excerpt(target) .. "' is pinned to the mutable ref '" .. tg.excerpt(ref) .. "', not a full commit SHA" }
      end
    end
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    local function steps(seq)
      if tg.type(seq) ~= "seq" then return end
      for _, step in ipairs(seq) do
        if tg.type(step) == "map" then check_uses(step) end
      end
    end
    if tg.type(root.jobs) == "map" then
      for _, job in pairs(root.jobs) do
        if tg.type(job) == "map" then
          check_uses(job)
          steps(job.steps)
        end
      end
    end
    if tg.type(root.runs) == "map" then steps(root.runs.steps) end
  end,
}

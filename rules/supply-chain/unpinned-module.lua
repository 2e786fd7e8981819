-- supply-chain.unpinned-module: a Terraform module taken from a registry or a git repository without a fixed version.
local tf = tg.lib("terraform")

local kBranches = { main = true, master = true, develop = true, dev = true, trunk = true, HEAD = true, head = true,
  latest = true, release = true, stable = true }

-- "registry", "git" or nil (local paths, archives, buckets: not judged) for a module source.
local function kind_of(source)
  if source:match("^%.%.?/") or source:match("^/") then return nil end
  if source:match("^git::") or source:match("^github%.com/") or source:match("^bitbucket%.org/")
    or source:match("^git@") or source:match("^hg::") then
    return "git"
  end
  if source:match("^[%w%-]+::") or source:match("^https?://") then return nil end  -- s3::, gcs::, http archives
  local parts = {}
  for p in source:gmatch("[^/]+") do parts[#parts + 1] = p end
  -- namespace/name/provider, or host/namespace/name/provider (with a submodule after //)
  local base = source:match("^(.-)//") or source
  local n = 0
  for _ in base:gmatch("[^/]+") do n = n + 1 end
  if n == 3 or (n == 4 and parts[1]:find(".", 1, true)) then return "registry" end
  return nil
end

-- True when a version constraint only sets a floor (">= 2.0"): any later release, breaking or not, gets in.
local function floor_only(v)
  local has_upper = false
  for part in v:gmatch("[^,]+") do
    local op = part:match("^%s*([<>=!~]*)")
    if op == "" or op == "=" or op == "~>" or op == "<" or op == "<=" then has_upper = true end
  end
  return not has_upper
end

return {
  id = "supply-chain.unpinned-module",
  title = "Terraform module is not pinned to a version",
  severity = "medium",
  tags = { "supply-chain", "terraform" },
  applies_to = { "terraform" },
  help = [[
A module taken from a registry without `version`, or from git without `?ref=`, is whatever its author published
last: the next `terraform init` can bring in changed resources, a breaking change or, if the source is
compromised, code that runs with the deploy role's rights. Reported at the `source` of a `module` block whose
source is a registry address (`namespace/name/provider`) without a `version` (or with only a lower bound,
`>= 3.0`), or a git source (`git::`, `github.com/`, `bitbucket.org/`, `git@`) without `ref` or with a branch name
(`main`, `master`, ...).

Not reported: local paths (`./modules/x`), archives and buckets (`https://...zip`, `s3::`, `gcs::`), versions with an
upper bound (`~> 3.0`, `= 3.1.2`), git tags and commits, and unknown values.

Fix: `version = "~> 5.1"` (or an exact version) for registry modules; `?ref=v1.4.0` or a commit for git sources.
See docs/rules/supply-chain/unpinned-module.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/modules/sources",
    "https://developer.hashicorp.com/terraform/language/meta-arguments/module-versions",
  },
  check = function(doc, ctx)
    tf.named_blocks(doc.root, "module", function(name, b)
      local source = b.source
      local kind = type(source) == "string" and kind_of(source) or nil
      if kind == "registry" then
        local v = b.version
        if v == nil then
          ctx:report{ at = b, key = "source",
            message = "module '" .. tg.excerpt(name, 60) .. "' takes " .. tg.excerpt(source, 80) .. " without a version" }
        elseif type(v) == "string" and floor_only(v) then
          ctx:report{ at = b, key = "version",
            message = "module '" .. tg.excerpt(name, 60) .. "' accepts any release of " .. tg.excerpt(source, 80)
              .. " from " .. tg.excerpt(v, 30) }
        end
      elseif kind == "git" then
        local ref = source:match("[?&]ref=([^&]+)")
        -- a branch: a usual branch name, or a path-like ref without a version (feature/aws)
        local branch = ref ~= nil and (kBranches[ref] or (ref:find("/", 1, true) and not ref:match("%d+%.%d+")))
        if ref == nil or branch then
          ctx:report{ at = b, key = "source",
            message = "module '" .. tg.excerpt(name, 60) .. "' takes " .. tg.excerpt(source, 80)
              .. (ref and " at a branch" or " without a ref") .. ", so every init may fetch different code" }
        end
      end
    end)
  end,
}

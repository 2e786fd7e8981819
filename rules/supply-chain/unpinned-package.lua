-- supply-chain.unpinned-package: Dockerfile RUN commands that install packages without a version.
local df = tg.lib("dockerfile")

local function set(...)
  local s = {}
  for _, k in ipairs({ ... }) do s[k] = true end
  return s
end

-- Options of each installer that take a value (the value is not a package).
local APT_OPTS = set("-o", "-t", "--target-release", "-c", "--config-file")
local APK_OPTS = set("-t", "--virtual", "-X", "--repository", "--root", "-p", "--repositories-file", "--arch",
  "--cache-dir", "--keys-dir")
local PIP_OPTS = set("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
  "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--trusted-host",
  "--platform", "--python-version", "--implementation", "--abi", "--only-binary", "--no-binary", "--cache-dir",
  "--src", "--progress-bar", "--upgrade-strategy", "--report", "--config-settings", "-C")
local NPM_OPTS = set("--prefix", "--registry", "--cache", "--tag", "--userconfig", "--omit", "--include", "--loglevel",
  "-w", "--workspace", "--before", "--install-strategy")
local GEM_OPTS = set("-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-P",
  "--trust-policy", "--document")

-- Whether a word is something other than a registry package: a variable, a path, a URL, an archive.
local function not_a_name(p)
  return not tg.is_literal(p) or p:find("/", 1, true) ~= nil and not p:match("^@[^/]+/[^/]+$")
    or p:find("://", 1, true) ~= nil or p:match("%.deb$") or p:match("%.whl$") or p:match("%.tar%.gz$")
    or p:match("%.zip$") or p:match("%.tgz$") or p:match("%.tar$") or p:match("%.apk$") or p:match("%.rpm$")
    or p:match("%.gem$")
    or p == "." or p:find("[", 1, true) == 1 or p:find("[<>]")  -- `2>&1`: a redirection the splitter kept
end

-- An npm dependency fetched from a git repository: `git+ssh://`, `git://`, `github:user/repo`, `user/repo`.
local function git_spec(p)
  return tg.is_literal(p) and (p:match("^git[+:]") or p:match("^github:") or p:match("^gitlab:")
    or p:match("^bitbucket:") or p:match("^[%w-]+/[%w._-]+$") or p:match("^[%w-]+/[%w._-]+#"))
end

local function has(args, ...)
  for _, a in ipairs(args) do
    for _, want in ipairs({ ... }) do
      if a == want then return true end
    end
  end
  return false
end

-- The index of the first word equal to one of the subcommands, or nil.
local function sub_index(args, subs)
  for i, a in ipairs(args) do
    if subs[a] then return i end
    if a:sub(1, 1) ~= "-" then return nil end
  end
  return nil
end

local APT_SUBS = set("install")
local APK_SUBS = set("add")
local PIP_SUBS = set("install")
local NPM_SUBS = set("install", "i", "add")
local GEM_SUBS = set("install", "i")
local GO_SUBS = set("install", "get", "run")

-- The packages of one command that have no version, and the installer's name, or nil.
local function unpinned(cmd)
  local base, args = cmd.base, cmd.args
  local out = {}
  if base == "apt-get" or base == "apt" then
    local i = sub_index(args, APT_SUBS)
    if not i then return nil end
    for _, p in ipairs(df.operands(args, APT_OPTS, i + 1)) do
      if not not_a_name(p) and not p:find("=", 1, true) then out[#out + 1] = p end
    end
    return out, base
  elseif base == "apk" then
    local i = sub_index(args, APK_SUBS)
    if not i then return nil end
    for _, p in ipairs(df.operands(args, APK_OPTS, i + 1)) do
      if not not_a_name(p) and not p:find("=", 1, true) and not p:find("~", 1, true) then out[#out + 1] = p end
    end
    return out, base
  elseif base == "pip" or base == "pip3" or base == "pip2" or ((base == "python" or base == "python3")
      and args[1] == "-m" and (args[2] == "pip" or args[2] == "pip3")) then
    local from = base:sub(1, 6) == "python" and 3 or 1
    local i = sub_index({ table.unpack(args, from) }, PIP_SUBS)
    if not i then return nil end
    -- Hashes pin each file; a constraints file pins the versions of whatever is installed.
    if has(args, "--require-hashes", "-c", "--constraint") then return nil end
    for _, a in ipairs(args) do
      if a:match("^%-%-constraint=") then return nil end
    end
    for _, p in ipairs(df.operands(args, PIP_OPTS, from + i)) do
      if tg.is_literal(p) and p:match("^git%+") then
        -- A repository's default branch unless `@ref` follows the path (`git+https://host/org/repo.git@v1.2`).
        local path = p:gsub("#.*", ""):gsub("^git%+%a+://[^/]*", "")
        if not path:find("@", 1, true) then out[#out + 1] = p end
      elseif not not_a_name(p) and not p:find("==", 1, true) and not p:find("@", 1, true) then
        out[#out + 1] = p
      end
    end
    return out, "pip"
  elseif base == "npm" then
    -- `npm install` alone installs what the lock file records; a name given installs its newest release (and
    -- writes that into package.json), with or without -g.
    local i = sub_index(args, NPM_SUBS)
    if not i then return nil end
    for _, p in ipairs(df.operands(args, NPM_OPTS, i + 1)) do
      if git_spec(p) then
        if not p:find("#", 1, true) then out[#out + 1] = p end  -- a branch's tip unless `#commit` or `#semver:`
      elseif not not_a_name(p) and not p:find("@", 2, true) then  -- name@version, @scope/name@version
        out[#out + 1] = p
      end
    end
    return out, "npm"
  elseif base == "gem" then
    -- What follows `--` is for building the gem's native extension, not more gems.
    for k, a in ipairs(args) do
      if a == "--" then
        args = { table.unpack(args, 1, k - 1) }
        break
      end
    end
    local i = sub_index(args, GEM_SUBS)
    if not i or has(args, "-v", "--version") then return nil end
    for _, a in ipairs(args) do
      if a:match("^%-%-version=") or a:match("^%-v.") then return nil end
    end
    for _, p in ipairs(df.operands(args, GEM_OPTS, i + 1)) do
      if not not_a_name(p) and not p:find(":", 1, true) then out[#out + 1] = p end
    end
    return out, "gem"
  elseif base == "go" then
    if not GO_SUBS[args[1]] then return nil end
    for _, p in ipairs(df.operands(args, nil, 2)) do
      local v = p:match("@([^@]+)$")
      if v == "latest" or v == "master" or v == "main" then
        out[#out + 1] = p
      elseif v == nil and args[1] == "get" and tg.is_literal(p) and p:find("^[%w-]+%.[%w.-]+/") then
        -- `go get module` without a version adds its newest release to go.mod. `go install` and `go run`
        -- without one build the version go.mod already requires.
        out[#out + 1] = p
      end
    end
    return out, "go " .. args[1]
  end
  return nil
end

return {
  id = "supply-chain.unpinned-package",
  title = "Dockerfile installs packages without a version",
  severity = "low",
  tags = { "supply-chain", "dockerfile" },
  applies_to = { "dockerfile" },
  help = [[
A package installed without a version is whatever the registry serves on the day of the build: two builds of
the same commit differ, a broken or compromised release lands without review, and nothing records what went in.
Reported once per RUN instruction and installer for: `apt-get`/`apt install` packages without `=version`;
`apk add` without `=version` (or `~version`); `pip install` without `==version` or `@ url` (unless
`--require-hashes` or a `-c` constraints file); `npm install NAME` without `@version` (or a git dependency
without `#commit`); `gem install` (`gem i`) without `-v`/`--version` or `name:version`; `go get` of a module
without a version; `go install`, `go get` and `go run` of `@latest` (or `@main`, `@master`). `ONBUILD RUN`
and exec-form RUN too. Not reported: requirement files (`pip install -r`), local paths, archives
(`.deb`, `.rpm`, `.apk`, `.whl`, `.gem`, ...) and URLs, variables (`$PACKAGES`), heredoc scripts. Fix: pin
versions (`curl=8.5.0-2ubuntu10.6`, `requests==2.32.3`, `go install x@v1.2.3`), or install
from a lock file; let Renovate or Dependabot move them. See docs/rules/supply-chain/unpinned-package.md.]],
  references = {
    "https://docs.docker.com/build/building/best-practices/#apt-get",
    "https://pip.pypa.io/en/stable/topics/repeatable-installs/",
    "https://go.dev/ref/mod#go-install",
  },
  check = function(doc, ctx)
    df.each_run(doc, function(ins, cmds)
      local seen = {}
      for _, cmd in ipairs(cmds) do
        local pkgs, tool = unpinned(cmd)
        if pkgs and #pkgs > 0 and not seen[tool] then
          seen[tool] = true
          local shown = {}
          for i = 1, math.min(#pkgs, 3) do shown[i] = tg.excerpt(pkgs[i], 40) end
          local list = table.concat(shown, ", ") .. (#pkgs > 3 and (" and " .. (#pkgs - 3) .. " more") or "")
          local what = tool:sub(1, 3) == "go " and (tool .. " fetches " .. list .. ", not an exact version")
            or (tool .. " installs " .. list .. " without pinning an exact version")
          ctx:report{ at = ins, key = "instruction", message = what }
        end
      end
    end)
  end,
}

-- Library module "shell": reads shell commands out of the places a repository keeps them (CI job scripts,
-- shell files, Makefile recipes, Markdown code blocks), with the line and column of each.
--
-- Used by every rule that looks for a command (gates.*, readiness.silent-failure,
-- manual-change.terraform-out-of-band), so that they all see the same commands at the same places. Load it with
--   local sh = tg.lib("shell")
-- This is a heuristic reader, not a shell parser: it splits on operators and quotes well enough to find command
-- names and arguments, and errs towards skipping a line rather than misreading it. A change here changes what
-- all of those rules report, so run `tollgate rules test` after editing.
--
-- The module keeps no state between calls: every function returns fresh tables. The work is done by the
-- engine (engine/shell_blocks.cc); the comments here are the contract.

local M = {}

-- Splits one logical shell line (see logical_lines) into simple commands, in order:
--   { name = "git", base = "git" (name without its directory), args = { "push", ... },
--     env = { NAME = "value" } (leading assignments), has_env = bool, col = 1-based column in s,
--     op = "&&" | "||" | "|" | ";" | "&" | "" (the operator after the command), cond = bool (inside if/while) }
-- Quotes are removed from words, a `#` outside a word starts a comment, and `$(...)`, `(...)` and backquotes
-- end the command before them (their content is read as commands of its own), except a one-word `$(VAR)`, which
-- is a make variable or a simple substitution and stays in its word. Keywords are not command names: `then`,
-- `do`, `else`, `!`, `{`, `}`, `time`, `exec`, `sudo`, `nohup`, `fi`, `done` are skipped, and the commands after
-- `if`, `elif`, `while`, `until` up to the next `then` or `do` are marked `cond` (their failure is expected).
-- Leading NAME=value words (and `env NAME=value`) go to `env`.
function M.split_commands(s)
  -- Implemented in the engine (tg.split_shell): splitting every script line in Lua was the most expensive part
  -- of a scan. The shape and the rules above are the contract.
  return tg.split_shell(s)
end

-- The source lines of the script under map[key] (a string or a seq of strings), as
-- { n = line, text = shell text, off = columns removed }. Reads the file's own lines rather than the parsed
-- value, so that every command keeps its line and column.
function M.value_lines(doc, map, key)
  -- The YAML around each line is removed by the engine: the "key:" on the first line, "- " item markers,
  -- indentation and the quotes of a quoted item; lines with no command (a block scalar indicator, a comment,
  -- an empty line, a flow sequence) are left out.
  return tg.shell_value_lines(doc, map, key)
end

-- Turns source lines ({ n =, text =, off = }) into logical lines of the same shape: a line ending in a backslash
-- is joined with the next, heredoc bodies (<<EOF ... EOF) are dropped, and so are comment and blank lines.
-- A joined line keeps the line and offset of its first line.
function M.logical_lines(lines)
  return tg.shell_logical_lines(lines)
end

-- The script blocks of a document, as a seq of
--   { scope = string, lines = logical lines (ready for split_commands), step = map?, job = map?, job_id = string? }
-- scope names the block: "<job id>#<step index>" for a GitHub Actions step ("#<index>" in a composite action),
-- the job name (or "(global)") for GitLab CI, "(file)" for a shell file or Makefile, "(block <line>)" for a
-- Markdown code block. Other kinds of document have none.
--
-- Which keys count: a GitHub Actions step's `run` (jobs' steps and a composite action's `runs.steps`); GitLab
-- CI's top-level `before_script` / `after_script` and each job's `before_script`, `script`, `after_script` (a
-- job is any top-level map except stages, variables, include, workflow, image, services, cache, spec, and
-- `default:` is read like a job, since its scripts run in every job); Azure Pipelines `script` and `bash` values
-- and Bitbucket Pipelines `script` and `after-script` values, wherever they are nested; every line of a shell
-- file (not a first-line #!); Makefile recipe lines (a leading tab; make's @ - + prefixes dropped and $$ read as $);
-- Markdown fences (``` or ~~~) whose info string is empty, sh, bash, shell, console, zsh, shell-session,
-- shellsession, sh-session or terminal (a leading "$ " prompt is removed).
-- Computed by the engine once per document and shared by every rule that asks (tg.shell_blocks); each call
-- returns fresh tables.
function M.script_blocks(doc)
  return tg.shell_blocks(doc)
end

-- The severity for a command found in documentation (a Markdown code block), or nil elsewhere. A README or an
-- upgrade guide that tells its reader to run `terraform state mv` is not a change anyone made; most such
-- commands are module upgrade notes. A rule that reports commands as changes made by hand reports these at
-- "info" rather than its own severity: still listed (a runbook that says "apply -auto-approve in production" shows
-- a manual process), but below the default --fail-on (low), so documentation never fails a run.
function M.documentation_severity(doc)
  if doc.kind == "markdown" then return "info" end
  return nil
end

-- Reports a command found on a logical line of a script block: at the command, and in documentation at its
-- severity with a message that says a reader is told to run it.
function M.report_command(ctx, doc, line, cmd, message)
  local severity = M.documentation_severity(doc)
  if severity then message = "documentation tells readers to run this by hand: " .. message end
  ctx:report{ at = { line = line.n, col = line.off + (cmd.col or 1) }, message = message, severity = severity }
end

-- Environment variables that turn TLS certificate verification off for the tools that read them, with the
-- values that do: Node.js, git, Python's urllib / http.client (PEP 493), curl has none.
local TLS_OFF_ENV = {
  NODE_TLS_REJECT_UNAUTHORIZED = { ["0"] = true },
  GIT_SSL_NO_VERIFY = { ["1"] = true, ["true"] = true, yes = true },
  PYTHONHTTPSVERIFY = { ["0"] = true },
}

-- Whether `NAME=value` turns TLS verification off: the assignment as a message should quote it, or nil.
function M.tls_off_assignment(name, value)
  if type(name) ~= "string" then return nil end
  local values = TLS_OFF_ENV[name:upper()]
  if values == nil then return nil end
  if value == false or value == true then value = tostring(value) end
  if math.type(value) == "integer" then value = tostring(value) end
  if type(value) ~= "string" then return nil end
  local v = value:lower()
  if values[v] then return name .. "=" .. value end
  return nil
end

-- Whether a command (a map with `base` or `name`, `args`, and optionally `env` as split_commands and the
-- pipeline model give it) turns off TLS certificate verification for what it downloads or pushes: the option
-- or setting as a message should quote it, or nil. Each tool's own documentation:
--   curl -k / --insecure (also inside a cluster: -fsSLk), wget --no-check-certificate,
--   pip --trusted-host (the host is then fetched over plain HTTP or unverified HTTPS),
--   npm|yarn|pnpm config set strict-ssl false, --strict-ssl=false,
--   git -c http.sslVerify=false, git config http.sslVerify false,
--   kubectl|helm --insecure-skip-tls-verify, podman|buildah|skopeo --tls-verify=false,
--   kaniko's executor --skip-tls-verify and --skip-tls-verify-pull,
--   `export NAME=value` or a `NAME=value` prefix of NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY=1,
--   PYTHONHTTPSVERIFY=0.
function M.tls_verification_off(cmd)
  local base = cmd.base or cmd.name
  local args = cmd.args or {}
  if type(cmd.env) ~= "nil" then
    for name, value in pairs(cmd.env) do
      local a = M.tls_off_assignment(name, value)
      if a then return a end
    end
  end
  if type(base) ~= "string" then return nil end
  local function has(x)
    for _, a in ipairs(args) do
      if a == x then return true end
    end
    return false
  end
  if base == "curl" then
    for _, a in ipairs(args) do
      if a == "--insecure" then return a end
      -- a cluster of short options (-fsSLk); -K is --config, and options with a value end the cluster
      if a:match("^%-[%a]+$") and a:find("k", 2, true) then return a end
    end
  elseif base == "wget" then
    if has("--no-check-certificate") then return "--no-check-certificate" end
  elseif base == "pip" or base == "pip3" or ((base == "python" or base == "python3") and args[1] == "-m" and args[2] == "pip") then
    for _, a in ipairs(args) do
      if a == "--trusted-host" or a:sub(1, 15) == "--trusted-host=" then return "--trusted-host" end
    end
  elseif base == "npm" or base == "yarn" or base == "pnpm" then
    for i, a in ipairs(args) do
      local l = a:lower()
      if l == "--strict-ssl=false" or (l == "--strict-ssl" and args[i + 1] == "false") then return a end
      if l == "strict-ssl" and args[i + 1] == "false" and has("set") then return "config set strict-ssl false" end
      if l == "strict-ssl=false" and has("set") then return "config set strict-ssl=false" end
    end
  elseif base == "git" then
    for i, a in ipairs(args) do
      local l = a:lower()
      if l:match("^http[%w%.%-_:/]*%.sslverify=false$") or l:match("^http[%w%.%-_:/]*%.sslverify=0$") then return "-c " .. a end
      if l:match("^http[%w%.%-_:/]*%.sslverify$") and (args[i + 1] == "false" or args[i + 1] == "0") and has("config") then
        return "config " .. a .. " " .. args[i + 1]
      end
    end
  elseif base == "kubectl" or base == "helm" or base == "oc" then
    for _, a in ipairs(args) do
      if a == "--insecure-skip-tls-verify" or a == "--insecure-skip-tls-verify=true" then return a end
    end
  elseif base == "podman" or base == "buildah" or base == "skopeo" then
    for _, a in ipairs(args) do
      if a == "--tls-verify=false" or a == "--src-tls-verify=false" or a == "--dest-tls-verify=false" then return a end
    end
  elseif base == "executor" or base == "kaniko" then
    -- kaniko (`/kaniko/executor`): --skip-tls-verify for the registry it pushes to, -pull for the base images
    for _, a in ipairs(args) do
      if a == "--skip-tls-verify" or a == "--skip-tls-verify=true" or a == "--skip-tls-verify-pull"
          or a == "--skip-tls-verify-pull=true" then return a end
    end
  elseif base == "export" then
    for _, a in ipairs(args) do
      local name, value = a:match("^([%w_]+)=(.*)$")
      local hit = name and M.tls_off_assignment(name, value)
      if hit then return hit end
    end
  end
  return nil
end

return M

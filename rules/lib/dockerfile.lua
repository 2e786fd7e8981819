-- Library module "dockerfile": the RUN commands of a Dockerfile document (docs/document-model.md, "Dockerfile"),
-- read as shell commands, for the rules that look at what an image's build runs.
local M = {}

-- The shell text of a RUN instruction: its arguments with continuation lines joined, or nil for the exec form
-- (`RUN ["apt-get", "install", "x"]` runs no shell) and for heredoc bodies (read as a script, not one line).
-- `ONBUILD RUN ...` counts too: the base image's author wrote it, and every image built on it runs it.
function M.run_text(ins)
  local v = ins.value
  if type(v) ~= "string" or ins.heredocs ~= nil then return nil end
  if ins.instruction == "ONBUILD" then
    local rest = v:match("^[Rr][Uu][Nn]%s+(.*)$")
    if rest == nil or rest:sub(1, 1) == "[" then return nil end
    return rest
  end
  if ins.instruction ~= "RUN" or ins.form == "exec" then return nil end
  return v
end

local SHELLS = { sh = true, bash = true, ash = true, dash = true, zsh = true }

-- The commands of an exec-form RUN: its items are one command's words, with no shell between them, unless the
-- command is a shell given a script (`["/bin/sh", "-c", "apt-get install -y curl"]`), whose commands are read.
local function exec_commands(ins)
  local items = ins.args
  if tg.type(items) ~= "seq" or #items == 0 then return nil end
  local name = items[1]
  if type(name) ~= "string" then return nil end
  local base = name:match("[^/]*$")
  local args = {}
  for i = 2, #items do
    if type(items[i]) ~= "string" then return nil end
    args[#args + 1] = items[i]
  end
  if SHELLS[base] then
    for i, a in ipairs(args) do
      if a == "-c" then return args[i + 1] and tg.split_shell(args[i + 1]) or nil end
    end
    return nil
  end
  return { { name = name, base = base, args = args, env = {}, has_env = false, col = 1, op = "", cond = false } }
end

-- Calls fn(ins, commands) for every RUN of the document, with its commands as tg.split_shell gives them
-- (rules/lib/shell.lua documents the shape): a shell-form RUN's script, an exec-form RUN's command.
function M.each_run(doc, fn)
  local root = doc.root
  if tg.type(root) ~= "seq" then return end
  for _, ins in ipairs(root) do
    if tg.type(ins) == "map" then
      local text = M.run_text(ins)
      if text then
        fn(ins, tg.split_shell(text))
      elseif ins.instruction == "RUN" and ins.form == "exec" then
        local cmds = exec_commands(ins)
        if cmds then fn(ins, cmds) end
      end
    end
  end
end

-- The words of a command after its name that are not options, skipping the values of the options named in
-- `takes_value` (a set: `{ ["-r"] = true }`). `--opt=value` words are options.
function M.operands(args, takes_value, from)
  local out = {}
  local skip = false
  for i = from or 1, #args do
    local a = args[i]
    if skip then
      skip = false
    elseif a:sub(1, 1) == "-" then
      if takes_value and takes_value[a] then skip = true end
    else
      out[#out + 1] = a
    end
  end
  return out
end

return M

-- The Lua implementation of rules/lib/shell.lua's value_lines, logical_lines and script_blocks as it was before
-- the engine took them over (engine/shell_blocks.cc). Kept only as the reference that shell_blocks_test.cc
-- compares the engine's results with; not part of any rule pack. What the engine learnt later (Azure Pipelines
-- and Bitbucket Pipelines scripts, plain scalars folded over several lines) is written here too, first, as the
-- specification the engine's version is checked against.

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

-- Removes the YAML around one source line of a script value: the "key:" on the first line, "- " item markers,
-- indentation and the quotes of a quoted item. Returns the shell text and the number of characters removed on
-- the left (so that columns still point into the file), or nil for a line with no command (a block scalar
-- indicator, a comment, an empty line, a flow sequence).
local function clean_yaml_line(t, first, key_end_col)
  local off = 0
  if first then
    off = key_end_col - 1
    t = t:sub(key_end_col)
    local colon = t:match("^%s*:%s*")
    if not colon then return nil end
    off = off + #colon
    t = t:sub(#colon + 1)
  end
  local item = first
  while true do
    local dash = t:match("^%s*%-%s+") or t:match("^%s*%-$")
    local lead = dash or t:match("^%s+")
    if not lead or lead == "" then break end
    if dash then item = true end
    off = off + #lead
    t = t:sub(#lead + 1)
  end
  if t == "" or t:match("^[|>][-+0-9]*%s*$") or t:match("^[|>][-+0-9]*%s+#") or t:match("^#") then
    return nil
  end
  local q = t:sub(1, 1)
  if item and (q == '"' or q == "'") and #t >= 2 and t:sub(-1) == q then
    t = t:sub(2, -2)
    off = off + 1
  elseif item and t:sub(1, 1) == "[" then
    return nil -- flow sequences are rare in scripts; skip rather than misread them
  end
  return t, off
end

-- The source lines of the script under map[key] (a string or a seq of strings), as
-- { n = line, text = shell text, off = columns removed }. Reads the file's own lines rather than the parsed
-- value, so that every command keeps its line and column.
function M.value_lines(doc, map, key)
  local out = {}
  local ks, vs = tg.key_span(map, key), tg.span(map, key)
  if not ks or not vs then return out end
  local base = ks.col - 1
  local last = math.max(vs.end_line, ks.line)
  -- Items written as plain scalars over several lines are one line, as YAML folds them: { start line = item }.
  local folded = {}
  local v = map[key]
  if tg.type(v) == "seq" then
    for i, item in ipairs(v) do
      local s = tg.span(v, i)
      if tg.type(item) == "string" and s.end_line > s.line then
        local first = (doc:line(s.line) or ""):sub(s.col, s.col)
        if first ~= "|" and first ~= ">" and first ~= '"' and first ~= "'" then
          folded[s.line] = { text = item, off = s.col - 1, last = s.end_line }
        end
      end
    end
  end
  local skip_to = 0
  for n = ks.line, last do
    local src = doc:line(n) or ""
    if n <= skip_to then goto continue end
    if folded[n] then
      out[#out + 1] = { n = n, text = folded[n].text, off = folded[n].off }
      skip_to = folded[n].last
      goto continue
    end
    if n > ks.line then
      -- the value ends at the first line indented no deeper than the key (an item "- " may share its column)
      local ind = #(src:match("^ *"))
      local rest = src:sub(ind + 1)
      -- a comment line ends nothing, however little it is indented
      if rest ~= "" and ind <= base and rest:match("^#") and n < last then goto continue end
      if rest ~= "" and ind < base then break end
      if rest ~= "" and ind == base and not rest:match("^%-") then break end
    end
    do
      local t, off = clean_yaml_line(src, n == ks.line, ks.end_col)
      if t then out[#out + 1] = { n = n, text = t, off = off } end
    end
    ::continue::
  end
  return out
end

-- Turns source lines ({ n =, text =, off = }) into logical lines of the same shape: a line ending in a backslash
-- is joined with the next, heredoc bodies (<<EOF ... EOF) are dropped, and so are comment and blank lines.
-- A joined line keeps the line and offset of its first line.
function M.logical_lines(lines)
  local out, i = {}, 1
  local heredoc = nil
  local acc = nil
  while i <= #lines do
    local l = lines[i]
    local t = l.text
    if heredoc then
      if t:match("^%s*(.-)%s*$") == heredoc then heredoc = nil end
    elseif acc then
      acc.text = acc.text .. " " .. t:gsub("^%s+", "")
    else
      if not t:match("^%s*#") and not t:match("^%s*$") then
        acc = { n = l.n, text = t, off = l.off }
      end
    end
    if acc and not heredoc then
      if acc.text:match("\\%s*$") then
        acc.text = acc.text:gsub("\\%s*$", "")
      else
        if not acc.text:find("<<<", 1, true) then -- a here-string has no body
          local d = acc.text:match("<<%-?%s*[\"']?([%a_][%w_]*)[\"']?")
          if d then heredoc = d end
        end
        out[#out + 1] = acc
        acc = nil
      end
    end
    i = i + 1
  end
  if acc then out[#out + 1] = acc end
  return out
end

-- Top-level GitLab CI keys that are not jobs. `default:` is read like a job on purpose: its before_script and
-- after_script run in every job. (`pages` is a job.)
local GITLAB_RESERVED = { stages = true, variables = true, include = true, workflow = true,
  image = true, services = true, cache = true, before_script = true, after_script = true, spec = true }

-- Info strings of a Markdown fence whose content is shell (an unlabelled fence counts: READMEs rarely label).
local SHELLISH = { [""] = true, sh = true, bash = true, shell = true, console = true, zsh = true,
  ["shell-session"] = true, shellsession = true, ["sh-session"] = true, terminal = true }

local function markdown_blocks(doc, blocks)
  local p = doc.path:lower()
  if not (p:match("%.md$") or p:match("%.markdown$") or p:match("%.mdx$")) then return end
  local fch, flen, lines, take = nil, 0, nil, false
  for n, t in doc:lines() do
    local tr = t:match("^%s*(.-)%s*$")
    if fch then
      if #tr >= flen and tr == string.rep(fch, #tr) then
        if take then blocks[#blocks + 1] = { scope = "(block " .. n .. ")", lines = M.logical_lines(lines) } end
        fch, lines = nil, nil
      elseif take then
        local prompt = t:match("^%s*%$%s+") or "" -- a "$ " prompt in console transcripts
        lines[#lines + 1] = { n = n, text = t:sub(#prompt + 1), off = #prompt }
      end
    else
      local f, info = tr:match("^(```+)%s*([%w%-_]*)")
      if not f then f, info = tr:match("^(~~~+)%s*([%w%-_]*)") end
      if f then
        fch, flen, lines, take = f:sub(1, 1), #f, {}, SHELLISH[info:lower()] == true
      end
    end
  end
end

-- Azure's `$(Build.SourcesDirectory)` macros as `${...}` (same length) when the name has a dot or a capital.
local function azure_macros(t)
  return (t:gsub("%$%(([%a_][%w_%.]*)%)", function(name)
    if name:find("[%.%u]") then return "${" .. name .. "}" end
  end))
end

-- Every value under one of keys, wherever the tree nests it, in source order (pre-order); each node once.
local function keyed_blocks(doc, keys, blocks)
  local seen = {}
  local function visit(v)
    local t = tg.type(v)
    if t ~= "map" and t ~= "seq" then return end
    local s = tg.span(v)
    local id = s.line .. ":" .. s.col .. ":" .. s.end_line .. ":" .. s.end_col .. ":" .. t
    if seen[id] then return end
    seen[id] = true
    if t == "map" then
      for _, k in ipairs(keys) do
        local x = v[k]
        if tg.type(x) == "string" or tg.type(x) == "seq" then
          local lines = M.value_lines(doc, v, k)
          if doc.kind == "azure-pipelines" then
            for _, l in ipairs(lines) do l.text = azure_macros(l.text) end
          end
          blocks[#blocks + 1] = { scope = "(line " .. tg.span(v, k).line .. ")", lines = M.logical_lines(lines) }
        end
      end
    end
    for _, c in pairs(v) do visit(c) end
  end
  visit(doc.root)
end

-- The script blocks of a document, as a seq of
--   { scope = string, lines = logical lines (ready for split_commands), step = map?, job = map?, job_id = string? }
-- scope names the block: "<job id>#<step index>" for a GitHub Actions step ("#<index>" in a composite action),
-- the job name (or "(global)") for GitLab CI, "(file)" for a shell file or Makefile, "(block <line>)" for a
-- Markdown code block. Other kinds of document have none.
function M.script_blocks(doc)
  local blocks = {}
  local kind = doc.kind
  if kind == "github-actions" then
    local root = doc.root -- read only for the YAML kinds: a shell file's tree is parsed on first read
    if tg.type(root) ~= "map" then return blocks end
    local function steps_of(steps, job, job_id)
      if tg.type(steps) ~= "seq" then return end
      for si, step in ipairs(steps) do
        if tg.type(step) == "map" and step.run ~= nil then
          blocks[#blocks + 1] = { scope = (job_id or "") .. "#" .. si, step = step, job = job, job_id = job_id,
            lines = M.logical_lines(M.value_lines(doc, step, "run")) }
        end
      end
    end
    if tg.type(root.jobs) == "map" then
      for job_id, job in pairs(root.jobs) do
        if tg.type(job) == "map" then steps_of(job.steps, job, job_id) end
      end
    end
    if tg.type(root.runs) == "map" then steps_of(root.runs.steps, nil, nil) end -- a composite action
  elseif kind == "gitlab-ci" then
    local root = doc.root
    if tg.type(root) ~= "map" then return blocks end
    for k, v in pairs(root) do
      if k == "before_script" or k == "after_script" then
        blocks[#blocks + 1] = { scope = "(global)", lines = M.logical_lines(M.value_lines(doc, root, k)) }
      elseif tg.type(v) == "map" and not GITLAB_RESERVED[k] then
        for _, sk in ipairs({ "before_script", "script", "after_script" }) do
          if v[sk] ~= nil then
            blocks[#blocks + 1] = { scope = k, job = v, job_id = k,
              lines = M.logical_lines(M.value_lines(doc, v, sk)) }
          end
        end
      end
    end
  elseif kind == "azure-pipelines" then
    keyed_blocks(doc, { "script", "bash", "inlineScript" }, blocks)
  elseif kind == "bitbucket-pipelines" then
    keyed_blocks(doc, { "script", "after-script" }, blocks)
  elseif kind == "shell" then
    local lines = {}
    for n, t in doc:lines() do
      if not (n == 1 and t:match("^#!")) then lines[#lines + 1] = { n = n, text = t, off = 0 } end
    end
    blocks[#blocks + 1] = { scope = "(file)", lines = M.logical_lines(lines) }
  elseif kind == "makefile" then
    -- recipe lines only (they start with a tab); @, - and + prefixes are make's, $$ is make's escape for $
    local lines = {}
    for n, t in doc:lines() do
      if t:sub(1, 1) == "\t" then
        local lead = t:match("^\t[@%-%+%s]*")
        local body = t:sub(#lead + 1):gsub("%$%$", "$")
        lines[#lines + 1] = { n = n, text = body, off = #lead }
      end
    end
    blocks[#blocks + 1] = { scope = "(file)", lines = M.logical_lines(lines) }
  elseif kind == "markdown" then
    markdown_blocks(doc, blocks)
  end
  return blocks
end

return M

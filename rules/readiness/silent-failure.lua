-- readiness.silent-failure: a failing command is made to look like success.
return {
  id = "readiness.silent-failure",
  title = "Script swallows a command's failure",
  severity = "medium",
  tags = { "readiness", "ci", "shell" },
  applies_to = { "github-actions", "gitlab-ci", "shell" },
  help = [[
`cmd || true`, `cmd || :` and `cmd || exit 0` turn any failure of `cmd` into success, and `set +e` turns
off exit-on-error for everything after it. The step or job then passes while its work did not happen.

Not reported: commands whose failure is expected and harmless (`rm`, `mkdir`, `kill`, `grep`, `diff`,
`docker rm`/`pull`, `kubectl delete`, ... see the rule page for the list), conditions of `if`/`while`, and a
`set +e` that is followed by a check of `$?` (or `PIPESTATUS`) and a later `set -e`.

Fix: handle the failure explicitly (`if ! cmd; then ...; fi`), or let the step fail.
See docs/rules/readiness/silent-failure.md.]],
  references = {
    "https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell",
  },
  check = function(doc, ctx)
    -- ---------------------------------------------------------------------------------------------
    -- Shell-line helpers. The rule API has no shared modules, so this block is the same text in every
    -- rule that reads commands out of CI scripts, shell files, Makefiles and Markdown code blocks.
    -- ---------------------------------------------------------------------------------------------
    local KEYWORDS_DROP = { ["then"] = true, ["do"] = true, ["else"] = true, ["!"] = true, ["{"] = true,
      ["}"] = true, ["time"] = true, ["exec"] = true, ["sudo"] = true, ["nohup"] = true, ["fi"] = true,
      ["done"] = true, ["[["] = false }
    local KEYWORDS_COND = { ["if"] = true, ["elif"] = true, ["while"] = true, ["until"] = true }

    -- Splits one logical shell line into simple commands:
    -- { name=, args={...}, env={NAME=value}, op="&&"|"||"|"|"|";"|"&"|"", col=, cond=bool }
    local function split_commands(s)
      local raw, cur = {}, { words = {}, cols = {} }
      local word, in_word, wstart = {}, false, nil
      local i, n = 1, #s
      local function end_word()
        if in_word then
          cur.words[#cur.words + 1] = table.concat(word)
          cur.cols[#cur.cols + 1] = wstart
        end
        word, in_word, wstart = {}, false, nil
      end
      local function start_word()
        if not in_word then in_word, wstart = true, i end
      end
      local function end_cmd(op)
        end_word()
        cur.op = op
        raw[#raw + 1] = cur
        cur = { words = {}, cols = {} }
      end
      while i <= n do
        local c = s:sub(i, i)
        local c2 = s:sub(i, i + 1)
        if c == "'" then
          start_word()
          local j = s:find("'", i + 1, true) or (n + 1)
          word[#word + 1] = s:sub(i + 1, j - 1)
          i = j + 1
        elseif c == '"' then
          start_word()
          local j = i + 1
          while j <= n do
            local d = s:sub(j, j)
            if d == "\\" and j < n then
              word[#word + 1] = s:sub(j + 1, j + 1)
              j = j + 2
            elseif d == '"' then
              break
            else
              word[#word + 1] = d
              j = j + 1
            end
          end
          i = j + 1
        elseif c == "\\" then
          start_word()
          word[#word + 1] = s:sub(i + 1, i + 1)
          i = i + 2
        elseif c == " " or c == "\t" then
          end_word()
          i = i + 1
        elseif c == "#" and not in_word then
          break
        elseif c2 == "&&" or c2 == "||" then
          end_cmd(c2)
          i = i + 2
        elseif c == "&" and (s:sub(i - 1, i - 1) == ">" or s:sub(i - 1, i - 1) == "<" or s:sub(i + 1, i + 1) == ">") then
          start_word()
          word[#word + 1] = c
          i = i + 1
        elseif c == "|" or c == ";" or c == "&" then
          end_cmd(c)
          i = i + 1
        elseif c == "(" and in_word and word[#word] == "$" and s:match("^%([%w_]+%)", i) then
          -- $(VAR): a make variable (or a one-word substitution): keep it in the word
          local v = s:match("^%([%w_]+%)", i)
          word[#word + 1] = v
          i = i + #v
        elseif c == "(" or c == ")" or c == "`" then
          if in_word and word[#word] == "$" then word[#word] = nil end
          end_cmd(";")
          i = i + 1
        else
          start_word()
          word[#word + 1] = c
          i = i + 1
        end
      end
      end_cmd("")
      local out, in_cond = {}, false
      for _, r in ipairs(raw) do
        local w, cols, k = r.words, r.cols, 1
        local cmd = { env = {}, args = {}, op = r.op, cond = false }
        while w[k] do
          local x = w[k]
          if KEYWORDS_COND[x] then
            in_cond = true
            k = k + 1
          elseif x == "then" or x == "do" then
            in_cond = false
            k = k + 1
          elseif KEYWORDS_DROP[x] then
            k = k + 1
          elseif x == "env" and w[k + 1] and w[k + 1]:match("^[%a_][%w_]*=") then
            k = k + 1
          else
            local name, value = x:match("^([%a_][%w_]*)=(.*)$")
            if name then
              cmd.env[name] = value
              cmd.has_env = true
              cmd.col = cmd.col or cols[k]
              k = k + 1
            else
              break
            end
          end
        end
        cmd.cond = in_cond
        if w[k] then
          cmd.name = w[k]
          cmd.col = cmd.col or cols[k]
          for m = k + 1, #w do cmd.args[#cmd.args + 1] = w[m] end
        end
        if cmd.name or cmd.has_env then
          cmd.name = cmd.name or ""
          cmd.base = cmd.name:match("([^/]+)$") or cmd.name
          out[#out + 1] = cmd
        elseif #out > 0 then
          -- an empty command (keyword only): keep the operator chain intact
          out[#out].op = (r.op ~= "" and r.op) or out[#out].op
        end
      end
      return out
    end

    -- Removes a YAML prefix ("key:", "- ", quotes) from one source line of a script value.
    -- Returns the shell text and the number of characters removed on the left, or nil to skip the line.
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
    -- { n = line, text = shell text, off = columns removed }.
    local function value_lines(doc, map, key)
      local out = {}
      local ks, vs = tg.key_span(map, key), tg.span(map, key)
      if not ks or not vs then return out end
      local base = ks.col - 1
      local last = math.max(vs.end_line, ks.line)
      for n = ks.line, last do
        local src = doc:line(n) or ""
        if n > ks.line then
          local ind = #(src:match("^ *"))
          local rest = src:sub(ind + 1)
          if rest ~= "" and ind < base then break end
          if rest ~= "" and ind == base and not rest:match("^%-") then break end
        end
        local t, off = clean_yaml_line(src, n == ks.line, ks.end_col)
        if t then out[#out + 1] = { n = n, text = t, off = off } end
      end
      return out
    end

    -- Joins continuation lines and drops heredoc bodies and comments.
    local function logical_lines(lines)
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
            if not acc.text:find("<<<", 1, true) then
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

    -- Script blocks of a document: seq of { scope = string, lines = {...}, step = map?, job = map?,
    -- job_id = string? }. Each block's lines are logical lines, ready for split_commands.
    local GITLAB_RESERVED = { stages = true, variables = true, include = true, workflow = true,
      image = true, services = true, cache = true, before_script = true, after_script = true,
      default = false, pages = false, spec = true }
    local function script_blocks(doc)
      local blocks = {}
      local root = doc.root
      local kind = doc.kind
      if kind == "github-actions" then
        if tg.type(root) ~= "map" then return blocks end
        local function steps_of(steps, job, job_id)
          if tg.type(steps) ~= "seq" then return end
          for si, step in ipairs(steps) do
            if tg.type(step) == "map" and step.run ~= nil then
              blocks[#blocks + 1] = { scope = (job_id or "") .. "#" .. si, step = step, job = job, job_id = job_id,
                lines = logical_lines(value_lines(doc, step, "run")) }
            end
          end
        end
        if tg.type(root.jobs) == "map" then
          for job_id, job in pairs(root.jobs) do
            if tg.type(job) == "map" then steps_of(job.steps, job, job_id) end
          end
        end
        if tg.type(root.runs) == "map" then steps_of(root.runs.steps, nil, nil) end
      elseif kind == "gitlab-ci" then
        if tg.type(root) ~= "map" then return blocks end
        for k, v in pairs(root) do
          if k == "before_script" or k == "after_script" then
            blocks[#blocks + 1] = { scope = "(global)", lines = logical_lines(value_lines(doc, root, k)) }
          elseif tg.type(v) == "map" and not GITLAB_RESERVED[k] then
            for _, sk in ipairs({ "before_script", "script", "after_script" }) do
              if v[sk] ~= nil then
                blocks[#blocks + 1] = { scope = k, job = v, job_id = k,
                  lines = logical_lines(value_lines(doc, v, sk)) }
              end
            end
          end
        end
      elseif kind == "shell" then
        local lines = {}
        for n, t in doc:lines() do
          if not (n == 1 and t:match("^#!")) then lines[#lines + 1] = { n = n, text = t, off = 0 } end
        end
        blocks[#blocks + 1] = { scope = "(file)", lines = logical_lines(lines) }
      elseif kind == "makefile" then
        local lines = {}
        for n, t in doc:lines() do
          if t:sub(1, 1) == "\t" then
            local lead = t:match("^\t[@%-%+%s]*")
            local body = t:sub(#lead + 1):gsub("%$%$", "$")
            lines[#lines + 1] = { n = n, text = body, off = #lead }
          end
        end
        blocks[#blocks + 1] = { scope = "(file)", lines = logical_lines(lines) }
      elseif kind == "text" then
        local p = doc.path:lower()
        if not (p:match("%.md$") or p:match("%.markdown$") or p:match("%.mdx$")) then return blocks end
        local SHELLISH = { [""] = true, sh = true, bash = true, shell = true, console = true, zsh = true,
          ["shell-session"] = true, shellsession = true, ["sh-session"] = true, terminal = true }
        local fch, flen, lines, take = nil, 0, nil, false
        for n, t in doc:lines() do
          local tr = t:match("^%s*(.-)%s*$")
          if fch then
            if #tr >= flen and tr == string.rep(fch, #tr) then
              if take then blocks[#blocks + 1] = { scope = "(block " .. n .. ")", lines = logical_lines(lines) } end
              fch, lines = nil, nil
            elseif take then
              local prompt = t:match("^%s*%$%s+") or ""
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
      return blocks
    end
    -- ---------------------------------------------------------------------------------------------
    local BENIGN = {
      rm = true, rmdir = true, unlink = true, mkdir = true, kill = true, pkill = true, killall = true,
      pgrep = true, pidof = true, umount = true, grep = true, egrep = true, fgrep = true, rg = true,
      diff = true, cmp = true, ls = true, which = true, command = true, type = true, hash = true,
      test = true, ["["] = true, ["[["] = true, echo = true, printf = true, cat = true, wait = true,
      sleep = true, unset = true, touch = true, chmod = true, chown = true, ["true"] = true,
      deactivate = true,
    }
    -- tool -> subcommands whose failure is expected (clean-up, idempotent create, cache warm-up)
    local BENIGN_SUB = {
      docker = { rm = true, rmi = true, stop = true, kill = true, pull = true, network = true, volume = true,
                 container = true, image = true, system = true, buildx = true, logout = true },
      podman = { rm = true, rmi = true, stop = true, kill = true, pull = true, network = true, volume = true },
      git = { config = true, remote = true, branch = true, tag = true, stash = true },
      kubectl = { delete = true, create = true },
      helm = { uninstall = true, delete = true, repo = true },
      ["apt-get"] = { remove = true, purge = true },
      pip = { uninstall = true },
      npm = { uninstall = true },
    }
    local function first_word(args)
      for _, a in ipairs(args) do
        if a:sub(1, 1) ~= "-" then return a end
      end
    end
    local function benign(cmd)
      if BENIGN[cmd.base] then return true end
      local subs = BENIGN_SUB[cmd.base]
      return subs ~= nil and subs[first_word(cmd.args) or ""] == true
    end
    local function swallow(nx)
      if not nx then return nil end
      if nx.name == "true" or nx.name == ":" then return nx.name end
      if nx.name == "exit" and nx.args[1] == "0" then return "exit 0" end
      return nil
    end
    local function is_set_plus_e(cmd)
      if cmd.name ~= "set" then return false end
      for i, a in ipairs(cmd.args) do
        if a:match("^%+%a*e%a*$") then return true end
        if a == "+o" and cmd.args[i + 1] == "errexit" then return true end
      end
      return false
    end
    local function is_set_minus_e(cmd)
      if cmd.name ~= "set" then return false end
      for i, a in ipairs(cmd.args) do
        if a:match("^%-%a*e%a*$") then return true end
        if a == "-o" and cmd.args[i + 1] == "errexit" then return true end
      end
      return false
    end

    for _, b in ipairs(script_blocks(doc)) do
      local events = {}
      for _, l in ipairs(b.lines) do
        local cmds = split_commands(l.text)
        for i, cmd in ipairs(cmds) do
          if cmd.op == "||" and not cmd.cond then
            local what = swallow(cmds[i + 1])
            if what then
              local j = i
              while j > 1 and cmds[j - 1].op == "|" do j = j - 1 end
              local ok = false
              for m = j, i do
                if benign(cmds[m]) then ok = true end
              end
              if not ok then
                local first = cmds[j]
                ctx:report{ at = { line = l.n, col = l.off + (first.col or 1) },
                  message = "'|| " .. what .. "' hides any failure of '" .. first.name .. "'" }
              end
            end
          end
          if is_set_plus_e(cmd) then
            events[#events + 1] = { kind = "off", at = { line = l.n, col = l.off + (cmd.col or 1) } }
          elseif is_set_minus_e(cmd) then
            events[#events + 1] = { kind = "on" }
          end
        end
        if l.text:find("$?", 1, true) or l.text:find("PIPESTATUS", 1, true) then
          events[#events + 1] = { kind = "status" }
        end
      end
      for i, e in ipairs(events) do
        if e.kind == "off" then
          local checked, restored = false, false
          for j = i + 1, #events do
            local f = events[j]
            if f.kind == "status" then checked = true end
            if f.kind == "on" then restored = true break end
            if f.kind == "off" then break end
          end
          if not (checked and restored) then
            ctx:report{ at = e.at, message = "set +e lets every later command fail without failing the script" }
          end
        end
      end
    end
  end,
}

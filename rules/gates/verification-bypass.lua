-- gates.verification-bypass: Git hooks or pre-commit checks switched off in automation.
return {
  id = "gates.verification-bypass",
  title = "Script bypasses Git hooks or pre-commit checks",
  severity = "high",
  tags = { "gates", "git", "ci" },
  applies_to = { "github-actions", "gitlab-ci", "shell", "makefile" },
  help = [[
A commit or push made with `--no-verify` (`git commit -n`), with `SKIP=<hook ids>` in front of `pre-commit`
or `git`, or with `HUSKY=0` in front of a commit or push, does not run the hooks the repository relies on
(secret scanning, formatting, commit-message policy). In automation nobody sees the skipped checks.

Fix: let the hooks run; if a hook cannot work in CI, remove it from the CI configuration of pre-commit
rather than skipping it on every call. `HUSKY=0` before `npm ci` (the documented way to avoid installing
hooks in CI) and `SKIP=no-commit-to-branch` are not reported. See docs/rules/gates/verification-bypass.md.]],
  references = {
    "https://git-scm.com/docs/git-commit#Documentation/git-commit.txt---no-verify",
    "https://git-scm.com/docs/git-push#Documentation/git-push.txt---no-verify",
    "https://pre-commit.com/#temporarily-disabling-hooks",
    "https://typicode.github.io/husky/how-to.html",
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
    local NO_VERIFY_SUBCOMMANDS = { commit = true, push = true, merge = true, rebase = true, am = true }
    local COMMIT_ARG_OPTS = { ["-m"] = true, ["-F"] = true, ["-c"] = true, ["-C"] = true, ["-t"] = true,
      ["--message"] = true, ["--file"] = true, ["--author"] = true, ["--date"] = true, ["--template"] = true,
      ["--trailer"] = true, ["--cleanup"] = true, ["--fixup"] = true, ["--squash"] = true }
    local BENIGN_SKIPS = { ["no-commit-to-branch"] = true }

    -- "commit", index of the subcommand in args (git's global options skipped)
    local function git_subcommand(args)
      local k = 1
      while args[k] do
        local a = args[k]
        if a == "-C" or a == "-c" then
          k = k + 2
        elseif a:sub(1, 1) == "-" then
          k = k + 1
        else
          return a, k
        end
      end
      return nil
    end

    -- true when `git commit` args carry -n (alone or in a cluster such as -an)
    local function commit_has_short_n(args, from)
      local k = from
      while args[k] do
        local a = args[k]
        if a == "--" then return false end
        if COMMIT_ARG_OPTS[a] then
          k = k + 2
        elseif a:match("^%-%a+$") then
          for j = 2, #a do
            local ch = a:sub(j, j)
            if ch == "n" then return true end
            if ch:match("[mFcCt]") then break end
          end
          local lastc = a:sub(-1)
          if #a > 2 and lastc:match("[mFcCt]") then k = k + 1 end
          k = k + 1
        else
          k = k + 1
        end
      end
      return false
    end

    local function skip_is_benign(v)
      local any = false
      for id in tostring(v):gmatch("[^,%s]+") do
        any = true
        if not BENIGN_SKIPS[id] then return false end
      end
      return any -- an empty SKIP skips nothing
    end

    local function husky_off(env)
      local h = env.HUSKY
      if h ~= nil and (tostring(h) == "0" or tostring(h):lower() == "false") then return "HUSKY=" .. tostring(h) end
      local s = env.HUSKY_SKIP_HOOKS
      if s ~= nil and (tostring(s) == "1" or tostring(s):lower() == "true") then return "HUSKY_SKIP_HOOKS=" .. tostring(s) end
      return nil
    end

    -- Per scope: does the script commit/push, run pre-commit; where are bare SKIP/HUSKY assignments
    local scopes = {}
    local function scope_of(name)
      local s = scopes[name]
      if not s then
        s = { commits = false, precommit = false, assigns = {} }
        scopes[name] = s
      end
      return s
    end

    local function at_of(l, cmd)
      return { line = l.n, col = l.off + (cmd.col or 1) }
    end

    local blocks = script_blocks(doc)
    for _, b in ipairs(blocks) do
      local sc = scope_of(b.scope)
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(split_commands(l.text)) do
          local name = cmd.base
          if name == "git" then
            local sub, k = git_subcommand(cmd.args)
            if sub and NO_VERIFY_SUBCOMMANDS[sub] then
              if sub == "commit" or sub == "push" or sub == "merge" then sc.commits = true end
              local reported = false
              for m = k + 1, #cmd.args do
                if cmd.args[m] == "--no-verify" then
                  ctx:report{ at = at_of(l, cmd), message = "git " .. sub .. " --no-verify skips the repository's Git hooks" }
                  reported = true
                  break
                end
              end
              if not reported and sub == "commit" and commit_has_short_n(cmd.args, k + 1) then
                ctx:report{ at = at_of(l, cmd), message = "git commit -n (short for --no-verify) skips the pre-commit and commit-msg hooks" }
              end
              if cmd.env.SKIP and not skip_is_benign(cmd.env.SKIP) then
                ctx:report{ at = at_of(l, cmd), message = "SKIP=" .. cmd.env.SKIP .. " turns off pre-commit hooks for this git " .. sub }
              end
              local h = husky_off(cmd.env)
              if h and sub ~= "rebase" and sub ~= "am" then
                ctx:report{ at = at_of(l, cmd), message = h .. " disables husky's Git hooks for this git " .. sub }
              end
            end
          elseif name == "pre-commit" or name == "prek" then
            sc.precommit = true
            if cmd.env.SKIP and not skip_is_benign(cmd.env.SKIP) then
              ctx:report{ at = at_of(l, cmd), message = "SKIP=" .. cmd.env.SKIP .. " turns off pre-commit hooks for this run" }
            end
          elseif name == "" or name == "export" then
            local env = cmd.env
            if name == "export" then
              env = {}
              for _, a in ipairs(cmd.args) do
                local k2, v = a:match("^([%a_][%w_]*)=(.*)$")
                if k2 then env[k2] = v end
              end
            end
            if env.SKIP and not skip_is_benign(env.SKIP) then
              sc.assigns[#sc.assigns + 1] = { at = at_of(l, cmd), what = "skip", text = "SKIP=" .. env.SKIP }
            end
            local h = husky_off(env)
            if h then sc.assigns[#sc.assigns + 1] = { at = at_of(l, cmd), what = "husky", text = h } end
          end
        end
      end
    end
    -- Bare or exported assignments count when the same script then commits or runs pre-commit.
    for _, sc in pairs(scopes) do
      for _, a in ipairs(sc.assigns) do
        if a.what == "skip" and (sc.precommit or sc.commits) then
          ctx:report{ at = a.at, message = a.text .. " turns off pre-commit hooks for the rest of this script" }
        elseif a.what == "husky" and sc.commits then
          ctx:report{ at = a.at, message = a.text .. " disables husky's Git hooks for the commits made by this script" }
        end
      end
    end

    -- Pipeline-level variables: env (GitHub Actions) and variables (GitLab CI).
    local function uses_precommit(step)
      local u = step.uses
      return type(u) == "string" and u:lower():match("^pre%-commit/action@") ~= nil
    end
    local function env_findings(envmap, commits, precommit, where)
      if tg.type(envmap) ~= "map" then return end
      local skip = envmap.SKIP
      if (type(skip) == "string" or type(skip) == "number") and tostring(skip) ~= "" and not skip_is_benign(skip)
          and (precommit or commits) then
        ctx:report{ at = envmap, key = "SKIP", message = "SKIP in " .. where .. " turns off pre-commit hooks" }
      end
      local h = husky_off({ HUSKY = envmap.HUSKY, HUSKY_SKIP_HOOKS = envmap.HUSKY_SKIP_HOOKS })
      if h and commits then
        local key = envmap.HUSKY ~= nil and "HUSKY" or "HUSKY_SKIP_HOOKS"
        ctx:report{ at = envmap, key = key, message = h .. " in " .. where .. " disables husky's Git hooks for the commits it makes" }
      end
    end
    local root = doc.root
    if doc.kind == "github-actions" and tg.type(root) == "map" and tg.type(root.jobs) == "map" then
      local wf_commits, wf_pc = false, false
      for job_id, job in pairs(root.jobs) do
        local job_commits, job_pc = false, false
        if tg.type(job) == "map" and tg.type(job.steps) == "seq" then
          for si, step in ipairs(job.steps) do
            if tg.type(step) == "map" then
              local sc = scopes[job_id .. "#" .. si]
              local c = sc and sc.commits or false
              local p = (sc and sc.precommit) or uses_precommit(step)
              env_findings(step.env, c, p, "the step's env")
              job_commits, job_pc = job_commits or c, job_pc or p
            end
          end
          env_findings(job.env, job_commits, job_pc, "the env of job '" .. job_id .. "'")
        end
        wf_commits, wf_pc = wf_commits or job_commits, wf_pc or job_pc
      end
      env_findings(root.env, wf_commits, wf_pc, "the workflow env")
    elseif doc.kind == "gitlab-ci" and tg.type(root) == "map" then
      local all_commits, all_pc = false, false
      for name, sc in pairs(scopes) do
        all_commits, all_pc = all_commits or sc.commits, all_pc or sc.precommit
        local job = root[name]
        if tg.type(job) == "map" then
          env_findings(job.variables, sc.commits, sc.precommit, "the variables of job '" .. name .. "'")
        end
      end
      env_findings(root.variables, all_commits, all_pc, "the global variables")
    end
  end,
}

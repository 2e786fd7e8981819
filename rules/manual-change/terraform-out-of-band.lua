-- manual-change.terraform-out-of-band: Terraform changes run by hand instead of by the pipeline.
return {
  id = "manual-change.terraform-out-of-band",
  title = "Terraform change or state surgery run outside the pipeline",
  severity = "high",
  tags = { "manual-change", "terraform" },
  applies_to = { "shell", "makefile", "text" },
  help = [[
Scripts, Makefiles and README code blocks that run `terraform apply -auto-approve`, `apply -target=...`,
`destroy` (or `apply -destroy`), `state rm|mv|push|replace-provider`, `import`, `taint`, `untaint` or
`force-unlock` change real infrastructure or its state from a laptop, with no plan review and no record in
the pipeline. The same commands with OpenTofu (`tofu`) are reported too.

Not reported: `plan`, `init`, `validate`, `fmt`, `output`, `show`, `state list|show|pull`, an interactive
`terraform apply` without those flags, CI pipeline files, and Markdown outside fenced shell code blocks.

Fix: make the change in code and let the pipeline plan and apply it; for state moves use `moved`,
`import` and `removed` blocks, which are reviewed like any other change.
See docs/rules/manual-change/terraform-out-of-band.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/cli/commands/apply",
    "https://developer.hashicorp.com/terraform/cli/commands/state",
    "https://developer.hashicorp.com/terraform/language/modules/develop/refactoring",
    "https://developer.hashicorp.com/terraform/language/import",
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
    local TOOLS = { terraform = true, tofu = true }
    local STATE_WRITES = { rm = true, mv = true, push = true, ["replace-provider"] = true }
    local ALWAYS = {
      destroy = "terraform destroy deletes infrastructure outside the pipeline",
      import = "terraform import writes to state outside the pipeline; use an import block instead",
      taint = "terraform taint forces a replacement outside the pipeline",
      untaint = "terraform untaint edits state outside the pipeline",
      ["force-unlock"] = "terraform force-unlock removes a state lock by hand",
    }
    -- the subcommand after global options such as -chdir=DIR
    local function subcommand(args)
      for k, a in ipairs(args) do
        if a:sub(1, 1) ~= "-" then return a, k end
      end
    end
    local function has_flag(args, from, names)
      for m = from, #args do
        local a = args[m]:gsub("^%-%-", "-")
        for _, nm in ipairs(names) do
          if a == nm or a:sub(1, #nm + 1) == nm .. "=" then
            local v = a:sub(#nm + 2)
            if nm ~= "-auto-approve" or v == "" or v == "true" then return args[m] end
          end
        end
      end
      return nil
    end

    for _, b in ipairs(script_blocks(doc)) do
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(split_commands(l.text)) do
          if TOOLS[cmd.base] then
            local sub, k = subcommand(cmd.args)
            local msg
            if sub == "apply" then
              if has_flag(cmd.args, k + 1, { "-destroy" }) then
                msg = ALWAYS.destroy
              elseif has_flag(cmd.args, k + 1, { "-target" }) then
                msg = "terraform apply -target applies part of the configuration outside the pipeline"
              elseif has_flag(cmd.args, k + 1, { "-auto-approve" }) then
                msg = "terraform apply -auto-approve changes infrastructure outside the pipeline with no plan review"
              elseif has_flag(cmd.args, k + 1, { "-replace" }) then
                msg = "terraform apply -replace forces a replacement outside the pipeline"
              end
            elseif sub == "state" then
              local op = subcommand({ table.unpack(cmd.args, k + 1) })
              if op and STATE_WRITES[op] then
                msg = "terraform state " .. op .. " edits state outside the pipeline; use a moved/removed block instead"
              end
            elseif sub and ALWAYS[sub] then
              msg = ALWAYS[sub]
            end
            if msg then
              if cmd.base == "tofu" then msg = msg:gsub("^terraform", "tofu") end
              ctx:report{ at = { line = l.n, col = l.off + (cmd.col or 1) }, message = msg }
            end
          end
        end
      end
    end
  end,
}

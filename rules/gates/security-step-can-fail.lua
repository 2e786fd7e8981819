-- gates.security-step-can-fail: a test, scan or compliance gate is allowed to fail.
return {
  id = "gates.security-step-can-fail",
  title = "Test, security scan or compliance job is allowed to fail",
  severity = "high",
  tags = { "gates", "github-actions", "gitlab-ci" },
  applies_to = { "github-actions", "gitlab-ci" },
  help = [[
`continue-on-error: true` on a GitHub Actions job or step, or `allow_failure: true` on a GitLab CI job
(or in one of its `rules:`), lets the pipeline pass while that job fails. On a test, security scan or
compliance check this turns the gate into decoration.

A job or step counts as a gate when its id, name or (GitLab) stage names testing, scanning or compliance,
when it `uses:` a known scanner action, or when it runs a test runner or scanner (pytest, go test,
npm test, trivy, semgrep, gitleaks, checkov, ...). Expressions such as
`continue-on-error: ${{ matrix.experimental }}`, GitLab's `allow_failure: {exit_codes: [...]}` and the
implicit `allow_failure` of `when: manual` jobs are not reported.

Fix: remove the flag and fix or quarantine what fails; if a scanner is noisy, tune its configuration or
baseline instead of ignoring its exit code. See docs/rules/gates/security-step-can-fail.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idcontinue-on-error",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepscontinue-on-error",
    "https://docs.gitlab.com/ci/yaml/#allow_failure",
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
    local GATE_WORDS = {
      test = true, tests = true, testing = true, unittest = true, unittests = true, e2e = true,
      integration = true, acceptance = true, smoke = true, security = true, scan = true, scans = true,
      scanning = true, scanner = true, sast = true, dast = true, sca = true, audit = true, vuln = true,
      vulns = true, vulnerability = true, vulnerabilities = true, cve = true, compliance = true,
      policy = true, policies = true, conftest = true, codeql = true, trivy = true, snyk = true,
      semgrep = true, gitleaks = true, trufflehog = true, checkov = true, tfsec = true, terrascan = true,
      kics = true, grype = true, zizmor = true, tollgate = true, sonar = true, sonarqube = true,
      sonarcloud = true, bandit = true, gosec = true, pentest = true, kubescape = true,
    }
    local SCANNER_ACTIONS = { "codeql", "trivy", "snyk", "semgrep", "gitleaks", "trufflehog", "checkov",
      "tfsec", "terrascan", "kics", "grype", "anchore", "zizmor", "tollgate", "scorecard", "sonar",
      "dependency-review", "bandit", "gosec", "osv-scanner", "kubescape", "conftest", "scout-action" }
    local SCANNER_CMDS = { trivy = true, grype = true, snyk = true, semgrep = true, gitleaks = true,
      trufflehog = true, checkov = true, tfsec = true, terrascan = true, kics = true, zizmor = true,
      tollgate = true, bandit = true, gosec = true, govulncheck = true, ["pip-audit"] = true,
      ["osv-scanner"] = true, conftest = true, kubescape = true, ["dependency-check.sh"] = true,
      ["dependency-check"] = true, ["sonar-scanner"] = true, codeql = true, pytest = true, tox = true,
      nox = true, jest = true, vitest = true, mocha = true, rspec = true, phpunit = true, ctest = true,
      behave = true, bats = true, ["bundle-audit"] = true, ["bundler-audit"] = true }
    local TEST_SUB = {
      go = { test = true }, cargo = { test = true, nextest = true, audit = true, deny = true },
      npm = { test = true, t = true, audit = true }, yarn = { test = true, audit = true },
      pnpm = { test = true, audit = true }, bun = { test = true }, dotnet = { test = true },
      mix = { test = true }, safety = { check = true, scan = true }, cosign = { verify = true },
      playwright = { test = true }, cypress = { run = true },
    }

    local function words(s)
      local out = {}
      s = tostring(s):gsub("(%l)(%u)", "%1 %2")
      for w in s:lower():gmatch("%w+") do out[#out + 1] = w end
      return out
    end
    local function name_is_gate(s)
      if type(s) ~= "string" then return false end
      for _, w in ipairs(words(s)) do
        if GATE_WORDS[w] then return true end
      end
      return false
    end
    local function uses_is_scanner(u)
      if type(u) ~= "string" then return false end
      local repo = u:lower():match("^([^@]+)") or ""
      for _, s in ipairs(SCANNER_ACTIONS) do
        if repo:find(s, 1, true) then return true end
      end
      return false
    end
    local function cmd_is_gate(cmd)
      local b = cmd.base
      if SCANNER_CMDS[b] then return true end
      local first = nil
      for _, a in ipairs(cmd.args) do
        if a:sub(1, 1) ~= "-" then first = a break end
      end
      local subs = TEST_SUB[b]
      if subs and first and subs[first] then return true end
      if (b == "npm" or b == "yarn" or b == "pnpm") and first == "run" then
        local script = nil
        for i, a in ipairs(cmd.args) do
          if a == "run" then script = cmd.args[i + 1] break end
        end
        return script ~= nil and (script:match("^test") ~= nil or script:match("audit") ~= nil)
      end
      if b == "python" or b == "python3" then
        for i, a in ipairs(cmd.args) do
          if a == "-m" then
            local m = cmd.args[i + 1]
            return m == "pytest" or m == "unittest" or m == "tox" or m == "bandit" or m == "pip_audit"
          end
        end
      end
      if b == "npx" then return first ~= nil and (SCANNER_CMDS[first] or first == "playwright" or first == "cypress") or false end
      if b == "mvn" or b == "mvnw" or b == "gradle" or b == "gradlew" or b == "make" then
        for _, a in ipairs(cmd.args) do
          if a == "test" or a == "verify" or a == "check" or a:match("^test") or a:match(":test$") then return true end
        end
      end
      if b == "bundle" and first == "exec" then
        for _, a in ipairs(cmd.args) do
          if a == "rspec" or a == "rake" or a == "bundle-audit" or a == "bundler-audit" then return true end
        end
      end
      return false
    end
    local function lines_are_gate(lines)
      for _, l in ipairs(lines) do
        for _, cmd in ipairs(split_commands(l.text)) do
          if cmd_is_gate(cmd) then return true end
        end
      end
      return false
    end

    local root = doc.root
    if tg.type(root) ~= "map" then return end

    if doc.kind == "github-actions" then
      if tg.type(root.jobs) ~= "map" then return end
      local run_gate = {}
      for _, b in ipairs(script_blocks(doc)) do
        run_gate[b.scope] = lines_are_gate(b.lines)
      end
      for job_id, job in pairs(root.jobs) do
        if tg.type(job) == "map" then
          local job_gate = name_is_gate(job_id) or name_is_gate(job.name) or uses_is_scanner(job.uses)
          local job_gate_why = job_gate and "job '" .. job_id .. "'" or nil
          if tg.type(job.steps) == "seq" then
            for si, step in ipairs(job.steps) do
              if tg.type(step) == "map" then
                local g = name_is_gate(step.name) or name_is_gate(step.id) or uses_is_scanner(step.uses)
                    or run_gate[job_id .. "#" .. si] == true
                if g and not job_gate then
                  job_gate = true
                  job_gate_why = "job '" .. job_id .. "', which runs a test or scan step,"
                end
                if g and step["continue-on-error"] == true then
                  local label = step.name or step.uses or ("step " .. si)
                  ctx:report{ at = step, key = "continue-on-error",
                    message = "continue-on-error lets the test/scan step '" .. tostring(label) .. "' fail without failing the job" }
                end
              end
            end
          end
          if job_gate and job["continue-on-error"] == true then
            ctx:report{ at = job, key = "continue-on-error",
              message = "continue-on-error lets " .. job_gate_why .. " fail without failing the workflow" }
          end
        end
      end
    elseif doc.kind == "gitlab-ci" then
      local script_gate = {}
      for _, b in ipairs(script_blocks(doc)) do
        if lines_are_gate(b.lines) then script_gate[b.scope] = true end
      end
      local STAGE_WORDS = { test = true, tests = true, security = true, scan = true, sast = true,
        dast = true, compliance = true, audit = true, policy = true, verify = true }
      for name, job in pairs(root) do
        if tg.type(job) == "map" and name ~= "default" and name ~= "variables" and name ~= "workflow" then
          local gate = name_is_gate(name) or script_gate[name] == true
          if not gate and type(job.stage) == "string" then
            for _, w in ipairs(words(job.stage)) do
              if STAGE_WORDS[w] then gate = true end
            end
          end
          if not gate and type(job.extends) == "string" then gate = name_is_gate(job.extends) end
          if not gate and tg.type(job.extends) == "seq" then
            for _, e in ipairs(job.extends) do
              if name_is_gate(e) then gate = true end
            end
          end
          if gate then
            if job.allow_failure == true then
              ctx:report{ at = job, key = "allow_failure",
                message = "allow_failure lets job '" .. name .. "' fail without failing the pipeline" }
            end
            if tg.type(job.rules) == "seq" then
              for _, r in ipairs(job.rules) do
                if tg.type(r) == "map" and r.allow_failure == true then
                  ctx:report{ at = r, key = "allow_failure",
                    message = "a rule of job '" .. name .. "' sets allow_failure, so the job can fail without failing the pipeline" }
                end
              end
            end
          end
        end
      end
    end
  end,
}

-- gates.deploy-without-approval: production deploys with no approval gate in the pipeline file.
return {
  id = "gates.deploy-without-approval",
  title = "Production deploy job has no approval gate",
  severity = "high",
  tags = { "gates", "github-actions", "gitlab-ci" },
  applies_to = { "github-actions", "gitlab-ci" },
  help = [[
A job that deploys to production should wait for an approval: in GitHub Actions an `environment:` (whose
protection rules add reviewers and branch limits), in GitLab CI a manual job (`when: manual`, directly or
in a `rules:` entry).

GitHub Actions: reported on a job with no `environment:` whose id or name names production (`prod`,
`production`, `prd`) and that deploys (a deploy word in its name, a deploy command such as
`kubectl apply`, `helm upgrade`, `terraform apply`, or a deploy action), or any job with no `environment:`
that runs a deploy command whose line names production. Jobs that call a reusable workflow are skipped.
GitLab CI: reported on a job whose `environment` is production (or `prod`/`prd`, also as `name:`) and which
is neither `when: manual` nor has a `rules:` entry with `when: manual` (one level of `extends:` from a
template in the same file is followed). Approvals configured only in GitLab's protected-environment
settings cannot be seen in the file: suppress with a reason if you use them.
See docs/rules/gates/deploy-without-approval.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/deployments-and-environments",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idenvironment",
    "https://docs.gitlab.com/ci/yaml/#when",
    "https://docs.gitlab.com/ci/environments/deployment_approvals/",
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
    local PROD = { prod = true, production = true, prd = true }
    local DEPLOY_WORDS = { deploy = true, deploys = true, deployment = true, release = true, rollout = true,
      promote = true, apply = true, ship = true, publish = false }
    local DEPLOY_SUB = {
      kubectl = { apply = true, replace = true, rollout = true, set = true, patch = true },
      helm = { upgrade = true, install = true, rollback = true },
      helmfile = { apply = true, sync = true },
      terraform = { apply = true, destroy = true }, tofu = { apply = true, destroy = true },
      terragrunt = { apply = true, destroy = true, ["run-all"] = true },
      pulumi = { up = true, destroy = true }, cdk = { deploy = true }, sam = { deploy = true },
      serverless = { deploy = true }, sls = { deploy = true }, flyctl = { deploy = true }, fly = { deploy = true },
      eb = { deploy = true }, argocd = { app = true }, kustomize = {},
    }
    local function words(s)
      local out = {}
      s = tostring(s):gsub("(%l)(%u)", "%1 %2")
      for w in s:lower():gmatch("%a+") do out[#out + 1] = w end
      return out
    end
    local function has_word(s, set)
      if s == nil then return false end
      for _, w in ipairs(words(s)) do
        if set[w] then return true end
      end
      return false
    end
    local function cmd_deploys(cmd)
      local b = cmd.base
      local first
      for _, a in ipairs(cmd.args) do
        if a:sub(1, 1) ~= "-" and not a:match("^%-") then first = a break end
      end
      if b == "terraform" or b == "tofu" or b == "terragrunt" then
        for _, a in ipairs(cmd.args) do
          if a == "apply" or a == "destroy" then return true end
        end
        return false
      end
      local subs = DEPLOY_SUB[b]
      if subs and first and subs[first] then return true end
      if b == "gcloud" or b == "az" or b == "aws" then
        for _, a in ipairs(cmd.args) do
          if a == "deploy" or a == "update-service" or a == "create-deployment" or a == "update-function-code" then
            return true
          end
        end
      end
      if b == "ansible-playbook" then return true end
      if b:match("^deploy") then return true end
      if b == "make" and first and first:match("^deploy") then return true end
      return false
    end

    local root = doc.root
    if tg.type(root) ~= "map" then return end

    if doc.kind == "github-actions" then
      if tg.type(root.jobs) ~= "map" then return end
      local by_job = {}
      for _, b in ipairs(script_blocks(doc)) do
        if b.job_id then
          local j = by_job[b.job_id] or { deploys = false, prod_cmd = false }
          by_job[b.job_id] = j
          for _, l in ipairs(b.lines) do
            for _, cmd in ipairs(split_commands(l.text)) do
              if cmd_deploys(cmd) then
                j.deploys = true
                if has_word(l.text, PROD) then j.prod_cmd = true end
              end
            end
          end
        end
      end
      for job_id, job in pairs(root.jobs) do
        if tg.type(job) == "map" and job.environment == nil and job.uses == nil then
          local j = by_job[job_id] or { deploys = false, prod_cmd = false }
          if tg.type(job.steps) == "seq" then
            for _, step in ipairs(job.steps) do
              if tg.type(step) == "map" and type(step.uses) == "string" then
                local repo = step.uses:lower():match("^([^@]+)") or ""
                if repo:find("deploy", 1, true) then
                  j.deploys = true
                  if tg.type(step.with) == "map" then
                    for _, v in pairs(step.with) do
                      if type(v) == "string" and has_word(v, PROD) then j.prod_cmd = true end
                    end
                  end
                end
              end
            end
          end
          local prod_named = has_word(job_id, PROD) or has_word(job.name, PROD)
          local deploy_named = has_word(job_id, DEPLOY_WORDS) or has_word(job.name, DEPLOY_WORDS)
          if (prod_named and (deploy_named or j.deploys)) or j.prod_cmd then
            ctx:report{ at = root.jobs, key = job_id, on = "key",
              message = "job '" .. job_id .. "' deploys to production without an environment, so no reviewer can approve it" }
          end
        end
      end
    elseif doc.kind == "gitlab-ci" then
      local function env_name(job)
        local e = job.environment
        if type(e) == "string" then return e, nil end
        if tg.type(e) == "map" then return e.name, e.action end
        return nil, nil
      end
      local function is_manual(job)
        if job.when == "manual" then return true end
        if tg.type(job.rules) == "seq" then
          for _, r in ipairs(job.rules) do
            if tg.type(r) == "map" and r.when == "manual" then return true end
          end
        end
        return false
      end
      local function parents(job)
        local out = {}
        if type(job.extends) == "string" then
          out[1] = job.extends
        elseif tg.type(job.extends) == "seq" then
          for _, e in ipairs(job.extends) do
            if type(e) == "string" then out[#out + 1] = e end
          end
        end
        return out
      end
      for name, job in pairs(root) do
        if tg.type(job) == "map" and name:sub(1, 1) ~= "." and name ~= "default" and name ~= "variables"
            and name ~= "workflow" then
          local env, action = env_name(job)
          local manual = is_manual(job)
          local own_when = job.when ~= nil or job.rules ~= nil
          for _, p in ipairs(parents(job)) do
            local pj = root[p]
            if tg.type(pj) == "map" then
              if env == nil then env, action = env_name(pj) end
              if not own_when and is_manual(pj) then manual = true end
            end
          end
          if type(env) == "string" and has_word(env, PROD)
              and action ~= "prepare" and action ~= "verify" and action ~= "access" and not manual then
            ctx:report{ at = root, key = name, on = "key",
              message = "job '" .. name .. "' deploys to environment '" .. env .. "' automatically, with no when: manual approval" }
          end
        end
      end
    end
  end,
}

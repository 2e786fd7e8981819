-- gates.verification-bypass: Git hooks or pre-commit checks switched off in automation.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of CI scripts, shell files, Makefiles, Markdown
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

    local blocks = sh.script_blocks(doc)
    for _, b in ipairs(blocks) do
      local sc = scope_of(b.scope)
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(sh.split_commands(l.text)) do
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
    -- Only the YAML kinds need the tree: a shell file's is parsed on first read, and nothing here uses it.
    local root = (doc.kind == "github-actions" or doc.kind == "gitlab-ci") and doc.root or nil
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

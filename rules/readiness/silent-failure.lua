-- readiness.silent-failure: a failing command is made to look like success.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of CI scripts, shell files, Makefiles, Markdown
return {
  id = "readiness.silent-failure",
  title = "Script swallows a command's failure",
  severity = "medium",
  tags = { "readiness", "ci", "shell" },
  applies_to = { "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines", "shell" },
  help = [[
`cmd || true`, `cmd || :` and `cmd || exit 0` turn any failure of `cmd` into success, and `set +e` turns
off exit-on-error for everything after it (GitHub Actions, GitLab CI and shell scripts; Azure Pipelines and
Bitbucket Pipelines scripts only for `||`, since `set +e` changes nothing there). The step or job then passes
while its work did not happen.

Not reported: commands whose failure is expected and harmless (`rm`, `mkdir`, `kill`, `grep`, `diff`,
`docker rm`/`pull`, `kubectl delete`, ... see the rule page for the list), conditions of `if`/`while`, and a
`set +e` that is followed by a check of `$?` (or `PIPESTATUS`) and a later `set -e`, and in CI files a security
scan (`trivy ... || true`: gates.scan-soft-fail reports it).

Fix: handle the failure explicitly (`if ! cmd; then ...; fi`), or let the step fail.
See docs/rules/readiness/silent-failure.md.]],
  references = {
    "https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell",
  },
  check = function(doc, ctx)
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
    local NO_ERREXIT = { ["azure-pipelines"] = true, ["bitbucket-pipelines"] = true }
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

    for _, b in ipairs(sh.script_blocks(doc)) do
      local events = {}
      for _, l in ipairs(b.lines) do
        local cmds = sh.split_commands(l.text)
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
              -- In a CI file, a security scan whose failure is swallowed is gates.scan-soft-fail's finding (the
              -- pipeline model classes the command the same way): one problem, one finding.
              if not ok and doc.kind ~= "shell" then
                local c = cmds[i]
                if tg.classify_command(c.base, c.args).does.scan then ok = true end
              end
              if not ok then
                local first = cmds[j]
                ctx:report{ at = { line = l.n, col = l.off + (first.col or 1) },
                  message = "'|| " .. what .. "' hides any failure of '" .. tg.excerpt(first.name) .. "'" }
              end
            end
          end
          -- Azure runs a script without -e, and Bitbucket checks each line of a step on its own: `set +e` changes
          -- nothing there.
          if is_set_plus_e(cmd) and not NO_ERREXIT[doc.kind] then
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

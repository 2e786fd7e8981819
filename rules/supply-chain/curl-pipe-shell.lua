-- supply-chain.curl-pipe-shell: a CI step that downloads a script and runs it in one go (pipeline model).
local SHELLS = { sh = true, bash = true, zsh = true, dash = true, ksh = true, python = true, python3 = true,
  perl = true, ruby = true, node = true, php = true, pwsh = true, iex = true }
local FETCH = { curl = true, wget = true, ["Invoke-WebRequest"] = true, iwr = true, irm = true,
  ["Invoke-RestMethod"] = true }
-- A URL with a full commit SHA in its path (raw.githubusercontent.com/org/repo/<sha>/install.sh) names content
-- that cannot change: the script is pinned, as an action pinned to a SHA is.
local COMMIT = "/" .. string.rep("%x", 40) .. "/"
local function pinned(cmd)
  for _, a in ipairs(cmd.args) do
    if a:find("://", 1, true) and a:find(COMMIT) then return true end
  end
  return false
end
-- `bash -c "$(curl -fsSL https://...)"` (Homebrew's installer), `eval "$(curl ...)"`, `source <(curl ...)`: the
-- download runs as a script without a pipe. The fetch is in a word of the command, as written.
local RUNNERS = { eval = true, source = true, ["."] = true }
local function fetched_into(cmd)
  if not (SHELLS[cmd.base] or RUNNERS[cmd.base]) then return nil end
  for _, a in ipairs(cmd.args) do
    local tool = a:match("^[$<]%(%s*(%S+)") or a:match("^`%s*(%S+)")
    tool = tool and tool:match("[^/]+$")  -- `$(/usr/bin/curl ...)` is curl
    if tool and FETCH[tool] and not a:find(COMMIT) then return tool end
  end
  return nil
end

return {
  id = "supply-chain.curl-pipe-shell",
  title = "CI step pipes a downloaded script into a shell",
  severity = "medium",
  tags = { "supply-chain", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
`curl -sSL https://... | sh` runs whatever the server returns at that moment, with the job's secrets and token:
no version, no checksum, no review. Reported at the download command of a pipe whose next command is a shell or
interpreter (sh, bash, zsh, python, perl, ruby, node, php, pwsh/iex), and at a shell, `eval` or `source` given
the download itself (`bash -c "$(curl -fsSL ...)"`, `eval "$(wget -qO- ...)"`, `source <(curl ...)`), unless the
URL names a commit by its full SHA. Fix: download a pinned release, verify its checksum or signature, then run
it; or use a package manager or a pinned action. See docs/rules/supply-chain/curl-pipe-shell.md.]],
  references = { "https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies" },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      for _, step in ipairs(job.steps) do
        local cmds = step.commands
        for i = 1, #cmds do
          local c, nxt = cmds[i], cmds[i + 1]
          if nxt and FETCH[c.base] and c.op == "|" and SHELLS[nxt.base] and not pinned(c) then
            ctx:report{ at = c, message = tg.excerpt(c.base, 20) .. " output is piped into " .. tg.excerpt(nxt.base, 20)
              .. ": the downloaded script runs unpinned and unverified" }
          end
          local tool = fetched_into(c)
          -- `bash <(curl ...)`: the reader ends the shell's command at the process substitution, whose download
          -- follows as the next command.
          if not tool and nxt and (SHELLS[c.base] or RUNNERS[c.base]) and c.args[#c.args] == "<" and FETCH[nxt.base]
              and not pinned(nxt) then
            tool = nxt.base
          end
          if tool then
            ctx:report{ at = c, message = tg.excerpt(c.base, 20) .. " runs what " .. tg.excerpt(tool, 20)
              .. " downloads: the script runs unpinned and unverified" }
          end
        end
      end
    end
  end,
}

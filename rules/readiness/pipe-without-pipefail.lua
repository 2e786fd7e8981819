-- readiness.pipe-without-pipefail: Dockerfile RUN pipelines whose failures are hidden.
local df = tg.lib("dockerfile")

-- Shells whose pipelines report only the last command's status unless pipefail is set.
local POSIX = { sh = true, bash = true, ash = true, dash = true, zsh = true, ksh = true }

-- Commands on the left of a pipe whose failure pipefail would not catch anyway: they print what they are given or
-- list what exists (`echo "$KEY" | gpg --import`, `find ... | xargs`), or a failure shows as empty output that the
-- right side rejects (`locale -a | grep en_US`). `case` is a `case x in a|b)` pattern, not a pipe.
local HARMLESS = { echo = true, printf = true, yes = true, ["true"] = true, find = true, ls = true, locale = true,
  uname = true, env = true, printenv = true, date = true, case = true }

return {
  id = "readiness.pipe-without-pipefail",
  title = "Dockerfile RUN pipeline hides failures without pipefail",
  severity = "low",
  tags = { "readiness", "dockerfile", "shell" },
  applies_to = { "dockerfile" },
  help = [[
A shell pipeline's status is its last command's: `RUN curl -fsSL https://x/install.sh | sh` succeeds when the
download fails (sh runs an empty script), and `RUN make | tee build.log` builds a broken image. Reported for a
shell-form RUN with a pipe (`|`, not `||`) whose first command can fail (not `echo`, `printf`, `find`,
`ls`, `locale`, `uname`, `env`, `date`: what they print is what they are given) when the stage's shell is the default `/bin/sh -c` or a `SHELL` without
`-o pipefail`, and the RUN does not `set -o pipefail` before the pipe. Not reported: exec-form RUN, heredocs,
stages whose `SHELL` is not a POSIX shell (PowerShell, cmd). Fix: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`
before the RUN (or `set -o pipefail &&` at its start, where the shell supports it).
See docs/rules/readiness/pipe-without-pipefail.md.]],
  references = {
    "https://docs.docker.com/build/building/best-practices/#using-pipes",
    "https://www.gnu.org/software/bash/manual/html_node/Pipelines.html",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "seq" then return end
    local posix, pipefail = true, false
    for _, ins in ipairs(root) do
      if tg.type(ins) == "map" then
        local name = ins.instruction
        if name == "FROM" then
          posix, pipefail = true, false -- SHELL does not carry over to the next stage
        elseif name == "SHELL" then
          local args = ins.args
          local first = tg.type(args) == "seq" and args[1] or nil
          local shell = type(first) == "string" and first:match("([^/\\]+)$") or ""
          posix = POSIX[(shell:lower():gsub("%.exe$", ""))] == true
          pipefail = false
          for _, a in ipairs(args or {}) do
            if a == "pipefail" then pipefail = true end
          end
        elseif name == "RUN" and posix and not pipefail then
          local text = df.run_text(ins)
          if text and text:find("|", 1, true) then
            local set = false
            local prev_op = ""
            for _, cmd in ipairs(tg.split_shell(text)) do
              if cmd.base == "set" then
                for _, a in ipairs(cmd.args) do
                  if a == "pipefail" then set = true end
                end
              end
              -- The head of a pipeline produces what the rest filters; a filter in the middle (awk, sort) fails
              -- only on what pipefail would not catch either.
              local head = prev_op ~= "|"
              prev_op = cmd.op
              if head and cmd.op == "|" and not set and not HARMLESS[cmd.base] then
                ctx:report{ at = ins, key = "instruction",
                  message = "RUN pipes '" .. tg.excerpt(cmd.base, 40) .. "' into another command without pipefail, so its failure is ignored" }
                break
              end
            end
          end
        end
      end
    end
  end,
}

-- Library module "shell": reads shell commands out of the places a repository keeps them (CI job scripts,
-- shell files, Makefile recipes, Markdown code blocks), with the line and column of each.
--
-- Used by every rule that looks for a command (gates.*, readiness.silent-failure,
-- manual-change.terraform-out-of-band), so that they all see the same commands at the same places. Load it with
--   local sh = tg.lib("shell")
-- This is a heuristic reader, not a shell parser: it splits on operators and quotes well enough to find command
-- names and arguments, and errs towards skipping a line rather than misreading it. A change here changes what
-- all of those rules report, so run `tollgate rules test` after editing.
--
-- The module keeps no state between calls: every function returns fresh tables. The work is done by the
-- engine (engine/shell_blocks.cc); the comments here are the contract.

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

-- The source lines of the script under map[key] (a string or a seq of strings), as
-- { n = line, text = shell text, off = columns removed }. Reads the file's own lines rather than the parsed
-- value, so that every command keeps its line and column.
function M.value_lines(doc, map, key)
  -- The YAML around each line is removed by the engine: the "key:" on the first line, "- " item markers,
  -- indentation and the quotes of a quoted item; lines with no command (a block scalar indicator, a comment,
  -- an empty line, a flow sequence) are left out.
  return tg.shell_value_lines(doc, map, key)
end

-- Turns source lines ({ n =, text =, off = }) into logical lines of the same shape: a line ending in a backslash
-- is joined with the next, heredoc bodies (<<EOF ... EOF) are dropped, and so are comment and blank lines.
-- A joined line keeps the line and offset of its first line.
function M.logical_lines(lines)
  return tg.shell_logical_lines(lines)
end

-- The script blocks of a document, as a seq of
--   { scope = string, lines = logical lines (ready for split_commands), step = map?, job = map?, job_id = string? }
-- scope names the block: "<job id>#<step index>" for a GitHub Actions step ("#<index>" in a composite action),
-- the job name (or "(global)") for GitLab CI, "(file)" for a shell file or Makefile, "(block <line>)" for a
-- Markdown code block. Other kinds of document have none.
--
-- Which keys count: a GitHub Actions step's `run` (jobs' steps and a composite action's `runs.steps`); GitLab
-- CI's top-level `before_script` / `after_script` and each job's `before_script`, `script`, `after_script` (a
-- job is any top-level map except stages, variables, include, workflow, image, services, cache, spec, and
-- `default:` is read like a job, since its scripts run in every job); every line of a shell file (not a
-- first-line #!); Makefile recipe lines (a leading tab; make's @ - + prefixes dropped and $$ read as $);
-- Markdown fences (``` or ~~~) whose info string is empty, sh, bash, shell, console, zsh, shell-session,
-- shellsession, sh-session or terminal (a leading "$ " prompt is removed).
-- Computed by the engine once per document and shared by every rule that asks (tg.shell_blocks); each call
-- returns fresh tables.
function M.script_blocks(doc)
  return tg.shell_blocks(doc)
end

-- The severity for a command found in documentation (a Markdown code block), or nil elsewhere. A README or an
-- upgrade guide that tells its reader to run `terraform state mv` is not a change anyone made; most such
-- commands are module upgrade notes. A rule that reports commands as changes made by hand reports these at
-- "info" rather than its own severity: still listed (a runbook that says "apply -auto-approve in production" shows
-- a manual process), but below the default --fail-on (low), so documentation never fails a run.
function M.documentation_severity(doc)
  if doc.kind == "markdown" then return "info" end
  return nil
end

-- Reports a command found on a logical line of a script block: at the command, and in documentation at its
-- severity with a message that says a reader is told to run it.
function M.report_command(ctx, doc, line, cmd, message)
  local severity = M.documentation_severity(doc)
  if severity then message = "documentation tells readers to run this by hand: " .. message end
  ctx:report{ at = { line = line.n, col = line.off + (cmd.col or 1) }, message = message, severity = severity }
end

return M

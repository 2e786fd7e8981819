-- security.untrusted-input-to-github-env: an environment variable holding text an outsider chose is written to
-- $GITHUB_ENV or $GITHUB_PATH (pipeline model).
local pl = tg.lib("pipeline")
local sh = tg.lib("shell")

-- A line that appends to the file named by GITHUB_ENV or GITHUB_PATH.
local TO_ENV_FILE = tg.re([=[>>?\s*"?\$\{?(GITHUB_ENV|GITHUB_PATH)\b]=])

-- A copy of tainted (name -> field) with an `env:` map applied: its variables that paste an untrusted field are
-- tainted, the others it defines are not (a step's `env:` overrides its job's).
local function with_env(tainted, env)
  local out = {}
  for k, v in pairs(tainted) do out[k] = v end
  if tg.type(env) ~= "map" then return out end
  for name, value in pairs(env) do
    local a, field = nil, nil
    if type(value) == "string" then a, field = pl.untrusted_expression(value) end
    out[name] = a and field or nil
  end
  return out
end

-- The first tainted variable, by name, that line reads ($NAME or ${NAME}), and its field.
local function reads_tainted(line, tainted)
  local names = {}
  for name in pairs(tainted) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local plain = name:gsub("%p", "%%%0")
    if line:find("%$" .. plain .. "%f[^%w_]") or line:find("%${" .. plain .. "[}:%%#/]") then
      return name, tainted[name]
    end
  end
  return nil
end

return {
  id = "security.untrusted-input-to-github-env",
  title = "Untrusted event data is written to GITHUB_ENV or GITHUB_PATH",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
Every line of the file that $GITHUB_ENV names becomes an environment variable of the job's later steps, and every
line of $GITHUB_PATH a directory searched first for commands. A variable that holds a pull request title, a
branch name, an issue or comment body or a commit message, written there, lets its author add lines: a title with
a newline and `NODE_OPTIONS=--require=/tmp/x.js` or `LD_PRELOAD=...` runs their code in every later step, with the
job's token and secrets. Passing the value through `env:` keeps it out of the script's text, but not out of these
files. Reported at the script line that writes such a variable to either file. Fix: do not put event text in
these files; if a later step needs it, pass it through `env:` again, or write a value you have checked (a
number, a name from a fixed list), or use a heredoc delimiter that the value cannot contain.
See docs/rules/security/untrusted-input-to-github-env.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-environment-variable",
    "https://securitylab.github.com/resources/github-actions-untrusted-input/",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local workflow = with_env({}, p.env)
    for _, job in ipairs(p.jobs) do
      local in_job = with_env(workflow, job.env)
      for _, step in ipairs(job.steps) do
        local tainted = with_env(in_job, step.env)
        if step.run ~= nil and next(tainted) ~= nil then
          -- The script's commands as the shell reads them: continuations joined, comments and heredoc bodies out.
          for _, l in ipairs(sh.logical_lines(sh.value_lines(doc, step, "run"))) do
            local line = l.text
            -- A shell variable set from a tainted one is tainted too (`msg=$(echo "$TITLE" | sed ...)`).
            local assigned = line:match("^%s*export%s+([%a_][%w_]*)=") or line:match("^%s*([%a_][%w_]*)=")
            if assigned then
              local _, field = reads_tainted(line, tainted)
              tainted[assigned] = field
            end
            if TO_ENV_FILE:match(line) then
              local name, field = reads_tainted(line, tainted)
              if name then
                local file = line:match("GITHUB_PATH") and "$GITHUB_PATH" or "$GITHUB_ENV"
                ctx:report{ at = { line = l.n, col = l.off + 1 },
                  message = "$" .. tg.excerpt(name, 40) .. " holds " .. tg.excerpt(field, 60)
                    .. ", which its author chooses, and is written to " .. file .. ": a newline in it sets variables or the PATH of every later step" }
              end
            end
          end
        end
      end
    end
  end,
}

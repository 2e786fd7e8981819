-- security.insecure-workflow-commands: a GitHub workflow turns the retired set-env and add-path commands back on
-- (pipeline model).
local NAME = "ACTIONS_ALLOW_UNSECURE_COMMANDS"

local function enabled(v)
  return v == true or (type(v) == "string" and v:lower() == "true")
end

return {
  id = "security.insecure-workflow-commands",
  title = "GitHub workflow re-enables the set-env and add-path commands",
  severity = "high",
  tags = { "security", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` brings back the `::set-env` and `::add-path` workflow commands, which
GitHub disabled in 2020 (CVE-2020-15228): any text a step prints to its log can then set environment variables
or the PATH of the steps after it. A pull request title, an issue body or a test's output that reaches the log
becomes `NODE_OPTIONS`, `LD_PRELOAD` or a PATH entry, and so code that runs with the job's secrets. Reported at
the variable in the workflow's, a job's or a step's `env:`. Fix: remove it, and write to the files named by
$GITHUB_ENV and $GITHUB_PATH instead. See docs/rules/security/insecure-workflow-commands.md.]],
  references = {
    "https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/",
    "https://github.com/advisories/GHSA-mfwh-5m23-j46w",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local function check_env(env, where)
      if tg.type(env) == "map" and enabled(env[NAME]) then
        ctx:report{ at = env, key = NAME,
          message = where .. " sets " .. NAME .. ", so any text printed to the log can set variables and the PATH of later steps" }
      end
    end
    check_env(p.env, "the workflow")
    for _, job in ipairs(p.jobs) do
      check_env(job.env, "job '" .. tg.excerpt(job.id) .. "'")
      for _, step in ipairs(job.steps) do
        check_env(step.env, "a step of job '" .. tg.excerpt(job.id) .. "'")
      end
    end
  end,
}

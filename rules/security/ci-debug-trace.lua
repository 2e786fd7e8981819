-- security.ci-debug-trace: a pipeline turns on its CI system's debug logging, which writes variables (secrets
-- included) or every command with its expanded arguments to the job log (pipeline model: env).
-- variable name (upper-cased) -> what it does, by CI system
local DEBUG_VARS = {
  CI_DEBUG_TRACE = "GitLab's debug trace writes every variable, masked ones included, to the job log",
  ["SYSTEM.DEBUG"] = "Azure Pipelines' system.debug writes diagnostic logs, with variable values, to the job log",
  ACTIONS_STEP_DEBUG = "GitHub's step debug logging writes actions' debug output to the log",
  ACTIONS_RUNNER_DEBUG = "GitHub's runner diagnostic logging keeps the runner's own logs with the run",
  RUNNER_DEBUG = "RUNNER_DEBUG makes actions write their debug output to the log",
}

local function on(v)
  if v == true or v == 1 then return true end
  if type(v) ~= "string" or not tg.is_literal(v) then return false end
  v = v:lower()
  return v == "true" or v == "1" or v == "yes" or v == "on"
end

return {
  id = "security.ci-debug-trace",
  title = "CI debug logging turned on in the pipeline",
  severity = "medium",
  tags = { "security", "pipeline", "secrets" },
  applies_to = { "pipeline" },
  help = [[
Debug logging meant for one troubleshooting run, committed to the pipeline, writes what the CI system otherwise
keeps out of logs on every run: GitLab's `CI_DEBUG_TRACE: "true"` prints every variable, masked and protected ones
included, Azure's `system.debug: true` adds diagnostic logs with variable values, and GitHub's
`ACTIONS_STEP_DEBUG` / `ACTIONS_RUNNER_DEBUG` / `RUNNER_DEBUG` turn on actions' debug output. Anyone who can
read the job logs then reads the secrets.

Reported where such a variable is set to true (`true`, `1`, `yes`, `on`) in the variables of the pipeline, a job
or a step (the pipeline model's `env`: GitHub `env:`, GitLab `variables:`, Azure `variables:` and a step's `env:`,
Jenkins `environment { }`), once per place. A value that is a reference or an expression is not reported.
Fix: remove it; set it for a single run when needed (GitLab's "Run pipeline" form, Azure's "Enable system
diagnostics", GitHub's "re-run with debug logging"). See docs/rules/security/ci-debug-trace.md.]],
  references = {
    "https://docs.gitlab.com/ci/variables/variables_troubleshooting/#enable-debug-logging",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/troubleshooting/review-logs#configure-verbose-logs",
    "https://docs.github.com/en/actions/how-tos/monitor-workflows/enable-debug-logging",
  },
  check = function(doc, ctx)
    local seen = {}
    local function scan(env)
      if env == nil or tg.type(env) ~= "map" then return end
      for name, value in pairs(env) do
        local what = type(name) == "string" and DEBUG_VARS[name:upper()]
        if what and on(value) then
          local s = tg.key_span(env, name)
          local k = s.line .. ":" .. s.col
          if not seen[k] then
            seen[k] = true
            ctx:report{ at = env, key = name, on = "key",
              message = tg.excerpt(name) .. " is set in the pipeline: " .. what }
          end
        end
      end
    end
    local p = doc.root
    scan(p.env)
    for _, job in ipairs(p.jobs) do
      scan(job.env)
      for _, step in ipairs(job.steps) do scan(step.env) end
    end
  end,
}

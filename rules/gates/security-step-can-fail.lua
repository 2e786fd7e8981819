-- gates.security-step-can-fail: a test, scan or compliance gate is allowed to fail.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of CI scripts, shell files, Makefiles, Markdown
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
        for _, cmd in ipairs(sh.split_commands(l.text)) do
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
      for _, b in ipairs(sh.script_blocks(doc)) do
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
      for _, b in ipairs(sh.script_blocks(doc)) do
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

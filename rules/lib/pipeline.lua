-- Library module "pipeline": questions the gates rules ask of a pipeline model item
-- (docs/document-model.md, "Pipeline"). The model does the reading of each CI dialect; this module holds the
-- few judgements that several rules share, so that they agree.
local M = {}

-- How each dialect gates a job on a person, as a rule's message should suggest it.
M.GATE_HINT = {
  ["github-actions"] = "add an environment with required reviewers",
  ["gitlab-ci"] = "add when: manual or a protected environment",
  ["azure-pipelines"] = "make it a deployment job on an environment with approvals",
  ["bitbucket-pipelines"] = "add trigger: manual",
  ["jenkins"] = "add an input step",
}

-- Deploy words a job's name may use (`deploy-prod`, `release_production`, `promoteProd`).
local DEPLOY_WORDS = { deploy = true, deploys = true, deployment = true, release = true, rollout = true,
  promote = true, apply = true, ship = true }

local function names_deploy(s)
  if type(s) ~= "string" then return false end
  s = s:gsub("(%l)(%u)", "%1 %2"):lower()
  for w in s:gmatch("%a+") do
    if DEPLOY_WORDS[w] then return true end
  end
  return false
end

-- Whether a job deploys to production: its environment is a production one that it deploys to (not a
-- `prepare`, `verify`, `access` or `stop` action), or a step deploys with a production target, or it is named
-- as a production deploy and deploys (or its name says deploy).
function M.deploys_to_production(job)
  local env = job.environment
  if env ~= nil then
    local a = env.action
    if env.tier == "production" and a ~= "prepare" and a ~= "verify" and a ~= "access" and a ~= "stop" then
      return true
    end
    if env.tier ~= "production" then return false end
  end
  for _, step in ipairs(job.steps) do
    if step.target == "production" then return true end
  end
  local named_prod = tg.tier(job.id) == "production" or tg.tier(job.name) == "production"
  return named_prod and (job.does.deploy == true or names_deploy(job.id) or names_deploy(job.name))
end

-- Words in a job's or step's id, name or stage that mark it as a gate (a test, a security scan, a compliance
-- check), for the jobs whose commands the model cannot classify (`make integration`, a vendor script).
local GATE_WORDS = {
  test = true, tests = true, testing = true, unittest = true, unittests = true, e2e = true, integration = true,
  acceptance = true, smoke = true, security = true, scan = true, scans = true, scanning = true, scanner = true,
  sast = true, dast = true, sca = true, audit = true, vuln = true, vulns = true, vulnerability = true,
  vulnerabilities = true, cve = true, compliance = true, policy = true, policies = true, conftest = true,
  codeql = true, trivy = true, snyk = true, semgrep = true, gitleaks = true, trufflehog = true, checkov = true,
  tfsec = true, terrascan = true, kics = true, grype = true, zizmor = true, tollgate = true, sonar = true,
  sonarqube = true, sonarcloud = true, bandit = true, gosec = true, pentest = true, kubescape = true,
  verify = true,
}

local function words(s)
  local out = {}
  s = tostring(s):gsub("(%l)(%u)", "%1 %2")
  for w in s:lower():gmatch("%w+") do out[#out + 1] = w end
  return out
end

local function names_gate(s)
  if type(s) ~= "string" then return false end
  for _, w in ipairs(words(s)) do
    if GATE_WORDS[w] then return true end
  end
  return false
end

-- Whether a job or step is a gate: it tests, scans or checks policy (by its commands or the action it uses), or
-- its id, name or stage says so. GitLab's default stage `test` says nothing: it is not written.
function M.is_gate(x)
  local d = x.does
  if d.test or d.scan or d.policy then return true end
  return names_gate(x.id) or names_gate(x.name) or (x.stage_implied ~= true and names_gate(x.stage))
end

-- A short label for a step in a message: its name, the action it uses, or its first command.
function M.step_label(step, index)
  if type(step.name) == "string" then return step.name end
  if step.uses then return step.uses.ref end
  if step.commands[1] then return step.commands[1].name end
  return "step " .. index
end

-- Whether the model sees only part of what runs: included files or templates that are not in the item
-- (GitLab `include:`, a job that calls a reusable workflow or template). Rules that report something missing
-- from the whole pipeline stay quiet then.
function M.is_partial(p)
  if p.includes ~= nil and #p.includes > 0 then return true end
  for _, job in ipairs(p.jobs) do
    if job.uses ~= nil then return true end
    -- An Azure steps template of another repository (`- template: deploy.yml@templates`): its steps are not here.
    if p.dialect == "azure-pipelines" then
      for _, step in ipairs(job.steps) do
        local ref = step.uses and step.uses.ref
        if type(ref) == "string" and ref:find("%.ya?ml@") and step.uses.pinned ~= "local" then return true end
      end
    end
  end
  return false
end

-- Whether another pipeline runs before this one and hands it its results (GitHub `workflow_run` and
-- `workflow_call`, Azure pipeline resources): tests and scans may live there.
function M.follows_another(p)
  for _, t in ipairs(p.triggers) do
    if t.event == "pipeline" or t.raw == "workflow_run" then return true end
  end
  return false
end

-- Whether a job delivers: it publishes (an image, a package, a release), or it deploys and is not itself a test
-- job (acceptance tests that apply to a kind cluster), to a production or staging environment, or with no
-- environment to a target that is not a test or development one. An environment whose name gives no tier
-- (`review/$CI_COMMIT_REF_SLUG`, `eu-west-1`) is not taken for a delivery.
local TRIAL_WORDS = { test = true, tests = true, testing = true, e2e = true, integration = true, acceptance = true,
  smoke = true, preview = true, review = true, demo = true, sandbox = true, ephemeral = true }

-- Actions and commands that start a throwaway cluster on the runner (kind, minikube, k3d, k3s): what a job
-- then deploys goes there.
local LOCAL_CLUSTER_ACTIONS = { "kind-action", "setup-kind", "setup-minikube", "setup-k3d", "k3d-action",
  "setup-k3s", "minikube" }
local function starts_local_cluster(job)
  for _, step in ipairs(job.steps) do
    local ref = step.uses and step.uses.ref
    if type(ref) == "string" then
      local r = ref:lower()
      for _, a in ipairs(LOCAL_CLUSTER_ACTIONS) do
        if r:find(a, 1, true) then return true end
      end
    end
    for _, c in ipairs(step.commands) do
      local a1, a2 = c.args[1], c.args[2]
      if (c.base == "kind" and a1 == "create") or (c.base == "minikube" and a1 == "start")
          or (c.base == "k3d" and a1 == "cluster" and a2 == "create") then
        return true
      end
    end
  end
  return false
end

-- Whether a job is a trial run: it runs tests, starts a throwaway cluster on the runner (kind, minikube, k3d),
-- or its name says it is one (`run-integration-tests`, `deploy-preview`). What such a job deploys or applies
-- goes to a throwaway place.
function M.is_trial(job)
  if job.does.test or starts_local_cluster(job) then return true end
  for _, s in ipairs({ job.id, job.name }) do
    for _, w in ipairs(words(s)) do
      if TRIAL_WORDS[w] then return true end
    end
  end
  return false
end

function M.delivers(job)
  if job.condition ~= nil and job.condition.never == true then return false end  -- `if: false`: it never runs
  if job.does.publish then return true end
  if not job.does.deploy or M.is_trial(job) then return false end
  if job.environment ~= nil then
    return job.environment.tier == "production" or job.environment.tier == "staging"
  end
  for _, step in ipairs(job.steps) do
    if step.does.deploy and (step.target == "testing" or step.target == "development") then return false end
  end
  -- No environment, and a job named for a development one ("Deploy to Dev").
  for _, s in ipairs({ job.id, job.name }) do
    local t = type(s) == "string" and tg.tier(s) or nil
    if t == "development" or t == "testing" then return false end
  end
  return true
end

-- The commands of a delivering job (M.delivers) that tell a build or test tool to skip its tests (the model's
-- `skips_tests`: `mvn -DskipTests`, `gradle -x test`, `go test -run XXX`, `cargo test --no-run`), as a seq of
-- { step =, cmd = }. gates.tests-skipped reports them; gates.delivery-without-checks leaves "tests" out of
-- what it says is missing when there are some, so that one skip gives one finding.
function M.skipped_tests(job)
  local out = {}
  if not M.delivers(job) then return out end
  for _, step in ipairs(job.steps) do
    for _, cmd in ipairs(step.commands) do
      if cmd.skips_tests then out[#out + 1] = { step = step, cmd = cmd } end
    end
  end
  return out
end

-- Whether the pipeline runs only on pull requests (checks of a change, which deliver nothing).
function M.pull_request_only(p)
  if #p.triggers == 0 then return false end
  for _, t in ipairs(p.triggers) do
    if t.event ~= "pull_request" then return false end
  end
  return true
end

-- Whether the pipeline checks changes as they land: it runs on pushes or pull requests.
function M.checks_changes(p)
  for _, t in ipairs(p.triggers) do
    if t.event == "push" or t.event == "pull_request" then return true end
  end
  return false
end

-- Whether any job of the pipeline does `what` ("test", "scan", "policy", "build", "sign", "sbom").
function M.any_job_does(p, what)
  for _, job in ipairs(p.jobs) do
    if job.does[what] then return true end
  end
  return false
end

-- The repository a CI file belongs to, from its path: the folder above `.github/`, `.gitlab/`, `.azure-pipelines/`,
-- or the folder of a root CI file. Pipelines of one repository share their checks.
function M.repository_of(path)
  local top = path:match("^(.-)%.github/") or path:match("^(.-)%.gitlab/") or path:match("^(.-)%.azure%-pipelines/")
  if top then return top end
  return path:match("^(.*/)") or ""
end

-- The GitHub context fields whose text the author of an issue, comment, pull request or commit chooses (GitHub's
-- security hardening guide lists them), and `github.event.changes` (the earlier title or body of an edited one).
-- The pull request's base ref and the labels are the maintainers'.
local UNTRUSTED = tg.re([=[\bgithub\.(head_ref|event\.(issue\.(title|body)|pull_request\.(title|body|head\.(ref|label|repo\.default_branch))|(comment|review|review_comment|discussion_comment)\.body|discussion\.(title|body)|pages\.[^.\s]+\.page_name|(commits(\.[^.\s\[]+|\[[^\]]*\])|head_commit|workflow_run\.head_commit)\.(message|author\.(email|name))|workflow_run\.head_branch|changes(\.[A-Za-z0-9_.*-]+)?))\b]=])
-- The whole event, or a part holding those fields, serialised: `toJSON(github.event)` pastes every title and body.
local WHOLE = tg.re([=[\btoJSON\(\s*(github(\.event(\.(issue|pull_request|comment|review|review_comment|discussion|]=]
  .. [=[head_commit|commits))?)?)\s*\)]=])
local EXPRESSION = tg.re([=[\$\{\{(.*?)\}\}]=])
-- An expression whose value is a boolean (`contains(...)`, a comparison) pastes true or false, not the text.
local BOOLEAN = tg.re([=[^\s*!|\b(contains|startsWith|endsWith)\s*\(|==|!=]=])

-- The first `${{ }}` of text that pastes an untrusted field's text: its byte column and the field
-- ("github.event.issue.title"), or nil.
function M.untrusted_expression(text)
  local from = 1
  while true do
    local a, b, inner = EXPRESSION:find(text, from)
    if not a then return nil end
    if not BOOLEAN:match(inner) then
      local _, _, field = UNTRUSTED:find(inner)
      if field then return a, "github." .. field end
      local _, _, whole = WHOLE:find(inner)
      if whole then return a, "toJSON(" .. whole .. ")" end
    end
    from = b + 1
  end
end

return M

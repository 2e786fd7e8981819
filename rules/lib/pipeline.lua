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

return M

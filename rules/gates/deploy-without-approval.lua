-- gates.deploy-without-approval: production deploys with no approval gate in the pipeline file.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of CI scripts, shell files, Makefiles, Markdown
return {
  id = "gates.deploy-without-approval",
  title = "Production deploy job has no approval gate",
  severity = "high",
  tags = { "gates", "github-actions", "gitlab-ci" },
  applies_to = { "github-actions", "gitlab-ci" },
  help = [[
A job that deploys to production should wait for an approval: in GitHub Actions an `environment:` (whose
protection rules add reviewers and branch limits), in GitLab CI a manual job (`when: manual`, directly or
in a `rules:` entry).

GitHub Actions: reported on a job with no `environment:` whose id or name names production (`prod`,
`production`, `prd`) and that deploys (a deploy word in its name, a deploy command such as
`kubectl apply`, `helm upgrade`, `terraform apply`, or a deploy action), or any job with no `environment:`
that runs a deploy command whose line names production. Jobs that call a reusable workflow are skipped.
GitLab CI: reported on a job whose `environment` is production (or `prod`/`prd`, also as `name:`) and which
is neither `when: manual` nor has a `rules:` entry with `when: manual` (one level of `extends:` from a
template in the same file is followed). Approvals configured only in GitLab's protected-environment
settings cannot be seen in the file: suppress with a reason if you use them.
See docs/rules/gates/deploy-without-approval.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/deployments-and-environments",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idenvironment",
    "https://docs.gitlab.com/ci/yaml/#when",
    "https://docs.gitlab.com/ci/environments/deployment_approvals/",
  },
  check = function(doc, ctx)
    local PROD = { prod = true, production = true, prd = true }
    local DEPLOY_WORDS = { deploy = true, deploys = true, deployment = true, release = true, rollout = true,
      promote = true, apply = true, ship = true, publish = false }
    local DEPLOY_SUB = {
      kubectl = { apply = true, replace = true, rollout = true, set = true, patch = true },
      helm = { upgrade = true, install = true, rollback = true },
      helmfile = { apply = true, sync = true },
      terraform = { apply = true, destroy = true }, tofu = { apply = true, destroy = true },
      terragrunt = { apply = true, destroy = true, ["run-all"] = true },
      pulumi = { up = true, destroy = true }, cdk = { deploy = true }, sam = { deploy = true },
      serverless = { deploy = true }, sls = { deploy = true }, flyctl = { deploy = true }, fly = { deploy = true },
      eb = { deploy = true }, argocd = { app = true }, kustomize = {},
    }
    local function words(s)
      local out = {}
      s = tostring(s):gsub("(%l)(%u)", "%1 %2")
      for w in s:lower():gmatch("%a+") do out[#out + 1] = w end
      return out
    end
    local function has_word(s, set)
      if s == nil then return false end
      for _, w in ipairs(words(s)) do
        if set[w] then return true end
      end
      return false
    end
    local function cmd_deploys(cmd)
      local b = cmd.base
      local first
      for _, a in ipairs(cmd.args) do
        if a:sub(1, 1) ~= "-" and not a:match("^%-") then first = a break end
      end
      if b == "terraform" or b == "tofu" or b == "terragrunt" then
        for _, a in ipairs(cmd.args) do
          if a == "apply" or a == "destroy" then return true end
        end
        return false
      end
      local subs = DEPLOY_SUB[b]
      if subs and first and subs[first] then return true end
      if b == "gcloud" or b == "az" or b == "aws" then
        for _, a in ipairs(cmd.args) do
          if a == "deploy" or a == "update-service" or a == "create-deployment" or a == "update-function-code" then
            return true
          end
        end
      end
      if b == "ansible-playbook" then return true end
      if b:match("^deploy") then return true end
      if b == "make" and first and first:match("^deploy") then return true end
      return false
    end

    local root = doc.root
    if tg.type(root) ~= "map" then return end

    if doc.kind == "github-actions" then
      if tg.type(root.jobs) ~= "map" then return end
      local by_job = {}
      for _, b in ipairs(sh.script_blocks(doc)) do
        if b.job_id then
          local j = by_job[b.job_id] or { deploys = false, prod_cmd = false }
          by_job[b.job_id] = j
          for _, l in ipairs(b.lines) do
            for _, cmd in ipairs(sh.split_commands(l.text)) do
              if cmd_deploys(cmd) then
                j.deploys = true
                if has_word(l.text, PROD) then j.prod_cmd = true end
              end
            end
          end
        end
      end
      for job_id, job in pairs(root.jobs) do
        if tg.type(job) == "map" and job.environment == nil and job.uses == nil then
          local j = by_job[job_id] or { deploys = false, prod_cmd = false }
          if tg.type(job.steps) == "seq" then
            for _, step in ipairs(job.steps) do
              if tg.type(step) == "map" and type(step.uses) == "string" then
                local repo = step.uses:lower():match("^([^@]+)") or ""
                if repo:find("deploy", 1, true) then
                  j.deploys = true
                  if tg.type(step.with) == "map" then
                    for _, v in pairs(step.with) do
                      if type(v) == "string" and has_word(v, PROD) then j.prod_cmd = true end
                    end
                  end
                end
              end
            end
          end
          local prod_named = has_word(job_id, PROD) or has_word(job.name, PROD)
          local deploy_named = has_word(job_id, DEPLOY_WORDS) or has_word(job.name, DEPLOY_WORDS)
          if (prod_named and (deploy_named or j.deploys)) or j.prod_cmd then
            ctx:report{ at = root.jobs, key = job_id, on = "key",
              message = "job '" .. job_id .. "' deploys to production without an environment, so no reviewer can approve it" }
          end
        end
      end
    elseif doc.kind == "gitlab-ci" then
      local function env_name(job)
        local e = job.environment
        if type(e) == "string" then return e, nil end
        if tg.type(e) == "map" then return e.name, e.action end
        return nil, nil
      end
      local function is_manual(job)
        if job.when == "manual" then return true end
        if tg.type(job.rules) == "seq" then
          for _, r in ipairs(job.rules) do
            if tg.type(r) == "map" and r.when == "manual" then return true end
          end
        end
        return false
      end
      local function parents(job)
        local out = {}
        if type(job.extends) == "string" then
          out[1] = job.extends
        elseif tg.type(job.extends) == "seq" then
          for _, e in ipairs(job.extends) do
            if type(e) == "string" then out[#out + 1] = e end
          end
        end
        return out
      end
      for name, job in pairs(root) do
        if tg.type(job) == "map" and name:sub(1, 1) ~= "." and name ~= "default" and name ~= "variables"
            and name ~= "workflow" then
          local env, action = env_name(job)
          local manual = is_manual(job)
          local own_when = job.when ~= nil or job.rules ~= nil
          for _, p in ipairs(parents(job)) do
            local pj = root[p]
            if tg.type(pj) == "map" then
              if env == nil then env, action = env_name(pj) end
              if not own_when and is_manual(pj) then manual = true end
            end
          end
          if type(env) == "string" and has_word(env, PROD)
              and action ~= "prepare" and action ~= "verify" and action ~= "access" and not manual then
            ctx:report{ at = root, key = name, on = "key",
              message = "job '" .. name .. "' deploys to environment '" .. env .. "' automatically, with no when: manual approval" }
          end
        end
      end
    end
  end,
}

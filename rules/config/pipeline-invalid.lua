-- config.pipeline-invalid: a CI file its CI system will reject for its structure (pipeline model).
local function is_template(doc)
  local path = doc.path
  local p = doc.root
  if p.dialect == "gitlab-ci" then
    -- Only the file GitLab starts from is a pipeline on its own; files under .gitlab/ci/ (and components, with a
    -- spec: header) are included by others and hold fragments.
    local name = path:match("([^/]+)$") or path
    if name ~= ".gitlab-ci.yml" and name ~= ".gitlab-ci.yaml" then return true end
    if doc.origin and doc.origin.root and tg.type(doc.origin.root) == "map" and doc.origin.root.spec ~= nil then
      return true
    end
  end
  return false
end

-- What the file's top level gets wrong, before any job is read: GitHub `jobs:` that is not a map of jobs, a
-- Bitbucket file without a map of `pipelines:`, and an Azure Pipelines file with more than one of `stages:`,
-- `jobs:` and `steps:` (each is a pipeline shape of its own; Azure rejects the second with "Unexpected value").
-- Reported at the offending key.
local AZURE_SHAPES = { "stages", "jobs", "steps" }

-- GitHub's token scopes and the access levels each takes (workflow syntax, `permissions`). A scope GitHub does
-- not know makes it refuse the workflow; so that a scope added after this list is not called invalid, only a
-- near miss of a known one (`content`, `pull_requests`) is reported as unknown.
local SCOPES = {}
for _, s in ipairs({ "actions", "attestations", "checks", "contents", "deployments", "discussions", "issues",
  "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses" }) do
  SCOPES[s] = { read = true, write = true, none = true }
end
SCOPES["id-token"] = { write = true, none = true }
SCOPES["models"] = { read = true, none = true }

-- The known scope `name` misspells: the same letters with `_` for `-`, or one letter added, dropped or changed.
local function misspelt_scope(name)
  local dashed = name:lower():gsub("_", "-")
  if SCOPES[dashed] then return dashed end
  for known in pairs(SCOPES) do
    local a, b = dashed, known
    if #a > #b then a, b = b, a end
    if #b - #a <= 1 then
      local i = 1
      while i <= #a and a:sub(i, i) == b:sub(i, i) do i = i + 1 end
      local rest_a = a:sub(#a == #b and i + 1 or i)
      if rest_a == b:sub(i + 1) then return known end
    end
  end
  return nil
end

-- A `permissions:` value GitHub would refuse: a scalar other than read-all/write-all, a scope that misspells a
-- known one, or an access level the scope does not take.
local function check_permissions(holder, ctx, where)
  local perms = holder.permissions
  if perms == nil then return end
  local t = tg.type(perms)
  if t == "string" then
    -- (`none` is left alone: actionlint accepts it, GitHub's documentation does not list it.)
    if tg.is_literal(perms) and perms ~= "read-all" and perms ~= "write-all" and perms ~= "none" then
      ctx:report{ at = holder, key = "permissions",
        message = where .. "permissions: '" .. tg.excerpt(perms) .. "' is not read-all, write-all or a map of scopes" }
    end
  elseif t == "map" then
    for scope, level in pairs(perms) do
      local levels = SCOPES[scope]
      if levels == nil then
        local meant = misspelt_scope(scope)
        if meant then
          ctx:report{ at = perms, key = scope, on = "key",
            message = where .. "permissions: '" .. tg.excerpt(scope) .. "' is no GitHub token scope (did you mean '"
              .. meant .. "'?)" }
        elseif type(level) == "string" and tg.is_literal(level) and level ~= "read" and level ~= "write"
            and level ~= "none" then
          ctx:report{ at = perms, key = scope, on = "key",
            message = where .. "permissions: '" .. tg.excerpt(scope) .. ": " .. tg.excerpt(level)
              .. "' is neither a GitHub token scope nor an access level" }
        end
      elseif type(level) == "string" and tg.is_literal(level) and not levels[level] then
        ctx:report{ at = perms, key = scope,
          message = where .. "permissions: " .. scope .. " takes " .. (levels.read and levels.write and "read, write or none"
            or levels.write and "write or none" or "read or none") .. ", not '" .. tg.excerpt(level) .. "'" }
      end
    end
  end
end

local function check_top_level(doc, ctx, dialect)
  local root = doc.origin and doc.origin.root
  if root == nil or tg.type(root) ~= "map" then return end
  if dialect == "github-actions" then
    -- A key written with no value reads as nil too: tg.type(root.jobs) cannot tell it from no key.
    local jobs = root.jobs
    if jobs == nil and tg.key_span(root, "jobs") ~= nil then jobs = {} end
    if tg.type(jobs) == "seq" then
      ctx:report{ at = root, key = "jobs", on = "key",
        message = "jobs: is a list; GitHub takes a map of job ids to jobs" }
    elseif jobs ~= nil and #jobs == 0 then
      ctx:report{ at = root, key = "jobs", on = "key",
        message = "jobs: is empty; GitHub refuses a workflow with no job" }
    end
    check_permissions(root, ctx, "")
    if tg.type(jobs) == "map" then
      for id, job in pairs(jobs) do
        if tg.type(job) == "map" then check_permissions(job, ctx, "job '" .. tg.excerpt(id) .. "': ") end
      end
    end
  elseif dialect == "bitbucket-pipelines" then
    local pipelines = root.pipelines
    if pipelines == nil or tg.type(pipelines) ~= "map" then
      local written = tg.key_span(root, "pipelines") ~= nil
      ctx:report{ at = root, key = written and "pipelines" or nil, on = written and "key" or nil,
        message = written and "pipelines: is not a map of pipelines; Bitbucket runs nothing from this file"
          or "the file has no pipelines: section; Bitbucket runs nothing from it" }
    end
  elseif dialect == "azure-pipelines" then
    local first
    for _, k in ipairs(AZURE_SHAPES) do
      if root[k] ~= nil then
        if first then
          ctx:report{ at = root, key = k, on = "key",
            message = "the file has both " .. first .. ": and " .. k
              .. ":; Azure Pipelines takes one of stages, jobs or steps at the top level" }
        else
          first = k
        end
      end
    end
  end
end

return {
  id = "config.pipeline-invalid",
  title = "CI file has an invalid structure",
  severity = "medium",
  tags = { "config", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A CI file that parses but whose structure its CI system rejects does not run at all, or not as written: GitHub
refuses the whole workflow, GitLab refuses the pipeline with a "jobs:x config ..." error, Azure fails the run at
queue time. The checks it was meant to run do not run, and a broken file on a branch nobody builds stays
unnoticed until it is needed.

Reported: a job with nothing to run (GitHub: neither `steps:` nor `uses:`; GitLab: no `script:` and no
`trigger:`, after `extends:`; Bitbucket: a step without `script:`), a `needs:` / `dependsOn:` naming a job the file
does not have (GitLab, GitHub; Azure within the job's stage), and a GitLab job whose `stage:` is not in the
file's `stages:` (nor `.pre` / `.post`); at the top level, a GitHub `jobs:` that is a list or empty, an Azure file
with more than one of `stages:`, `jobs:` and `steps:`, and a Bitbucket file without a map of `pipelines:`; a
GitHub `permissions:` that GitHub refuses (a misspelt scope, a level the scope does not take). Not
reported for templates and fragments (GitLab files other than
`.gitlab-ci.yml`, components), for files that include others or call templates whose jobs the model does not see,
or for Azure stages that hold job templates (a GitHub job that calls a reusable workflow is checked: its `needs` are still this file's jobs). See docs/rules/config/pipeline-invalid.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds",
    "https://docs.gitlab.com/ci/yaml/#stages",
    "https://docs.gitlab.com/ci/yaml/#needs",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/phases#dependencies",
    "https://support.atlassian.com/bitbucket-cloud/docs/step-options/#Script",
  },
  check = function(doc, ctx)
    local p = doc.root
    -- GitLab includes can hold jobs, stages and templates the model does not see.
    if is_template(doc) or (p.includes ~= nil and #p.includes > 0) then return end
    local d = p.dialect
    if d ~= "github-actions" and d ~= "gitlab-ci" and d ~= "azure-pipelines" and d ~= "bitbucket-pipelines" then return end
    check_top_level(doc, ctx, d)
    -- job ids, by stage for Azure (ids are unique per stage there)
    local ids, by_stage, stage_has_template = {}, {}, {}
    for _, job in ipairs(p.jobs) do
      ids[job.id] = true
      local st = job.stage or ""
      by_stage[st] = by_stage[st] or {}
      by_stage[st][job.id] = true
      if job.uses ~= nil then stage_has_template[st] = true end
    end
    local declared
    if d == "gitlab-ci" and p.stages ~= nil then
      declared = { [".pre"] = true, [".post"] = true }
      for _, s in ipairs(p.stages) do declared[s] = true end
    end
    for _, job in ipairs(p.jobs) do
      local label = "job '" .. tg.excerpt(job.id) .. "'"
      -- nothing to run
      if job.id ~= "(action)" and job.uses == nil then
        local runs = false
        for _, step in ipairs(job.steps) do
          if step.run ~= nil or step.uses ~= nil then runs = true end
        end
        if d == "github-actions" and #job.steps == 0 then
          ctx:report{ at = job, key = "id", on = "key", message = label .. " has neither steps nor uses" }
        elseif d == "gitlab-ci" and #job.steps == 0 then
          ctx:report{ at = job, key = "id", on = "key", message = label .. " has no script (nor trigger)" }
        elseif d == "bitbucket-pipelines" and not runs then
          ctx:report{ at = job, message = "step " .. label .. " has no script" }
        end
      end
      -- needs naming a job the file does not have
      if d ~= "bitbucket-pipelines" then
        local known = ids
        if d == "azure-pipelines" then known = by_stage[job.stage or ""] or {} end
        if not (d == "azure-pipelines" and stage_has_template[job.stage or ""]) then
          for i, n in ipairs(job.needs) do
            -- `build: [linux, amd64]` names one job of a `parallel: matrix:` job
            local matrix_of = type(n) == "string" and n:match("^(.-): %[")
            if type(n) == "string" and tg.is_literal(n) and not known[n] and not (matrix_of and known[matrix_of]) then
              ctx:report{ at = job.needs, key = i,
                message = label .. " needs '" .. tg.excerpt(n) .. "', which is not a job of this "
                  .. (d == "azure-pipelines" and "stage" or "file") }
            end
          end
        end
      end
      -- GitLab: a stage that stages: does not declare
      if declared and type(job.stage) == "string" and tg.is_literal(job.stage) and not declared[job.stage] then
        ctx:report{ at = job, key = "stage",
          message = label .. " is in stage '" .. tg.excerpt(job.stage) .. "', which stages: does not declare" }
      end
    end
  end,
}

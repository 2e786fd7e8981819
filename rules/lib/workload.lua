-- Library module "workload": questions the workload rules ask of a workload model item
-- (docs/document-model.md, "Workload"). The model reads each source (Kubernetes, Helm values, compose, ECS,
-- Dockerfile); this module holds the judgements several rules share, so that they agree on what a long-running
-- service is, what counts as production, and when an absent field may be judged at all.
local M = {}

-- Kubernetes kinds that keep a set of pods running behind a service: the ones availability rules (replicas,
-- budgets, spread) are about. DaemonSets run one pod per node and Jobs run to completion: neither is one.
local SERVICE_KINDS = { Deployment = true, StatefulSet = true, ReplicaSet = true, ReplicationController = true,
  Rollout = true, DeploymentConfig = true }
M.SERVICE_KINDS = SERVICE_KINDS

-- What runs to completion rather than forever.
local BATCH_KINDS = { Job = true, CronJob = true }

-- Whether the item says what it leaves out: a Kustomize patch (`partial`) writes only what it changes, and a Helm
-- values file leaves the rest to the chart's templates. A rule that fires on a missing field asks this first.
function M.complete(w)
  return w.partial ~= true and w.source ~= "helm-values"
end

-- Whether the workload's containers are meant to run until stopped: not a Job or CronJob, not a Pod that a Job
-- owns (`ownerReferences`) or that is told not to restart (`restartPolicy: Never` or `OnFailure`: a one-off
-- task).
function M.long_running(w)
  local kind = w.kind
  if BATCH_KINDS[kind] then return false end
  if kind == "Pod" then
    local owners = w.owned_by
    if owners ~= nil then
      for _, owner in ipairs(owners) do
        if BATCH_KINDS[owner] then return false end
      end
    end
    local rp = w.restart_policy
    if rp == "Never" or rp == "OnFailure" then return false end
  end
  return true
end

-- Whether a Kubernetes workload (or a Helm chart's) keeps a replicated service running: a Deployment,
-- StatefulSet, ReplicaSet, ReplicationController, Argo Rollout or OpenShift DeploymentConfig. Helm values count
-- when they set `replicaCount` (the chart then renders a Deployment or StatefulSet).
function M.service(w)
  if w.source == "kubernetes" then return SERVICE_KINDS[w.kind] == true end
  if w.source == "helm-values" then return w.replicas ~= nil end
  return false
end

-- Whether a workload is deployed to production, and the reason in words for a message: a namespace or a file path
-- whose words name production (`prod`, `production`, `prd`, `live`: tg.tier), or the rule's options
-- (`all: true`, or `namespaces: [...]`). Nil when nothing says so.
function M.production(w, doc, options)
  if options.all == true then return "production by configuration" end
  local ns = w.namespace
  if type(ns) == "string" then
    for _, want in ipairs(options.namespaces or {}) do
      if want == ns then return "namespace '" .. tg.excerpt(ns) .. "' is production by configuration" end
    end
    if tg.tier(ns) == "production" then return "namespace '" .. tg.excerpt(ns) .. "' is production" end
  end
  if tg.tier(doc.path) == "production" then return "its path names production" end
  return nil
end

-- How a message names the workload: "Deployment 'web'", "service 'db'", "task definition 'api'", "image".
function M.label(w)
  local name = w.name
  local shown = type(name) == "string" and (" '" .. tg.excerpt(name) .. "'") or ""
  local src = w.source
  if src == "docker-compose" then return "service" .. shown end
  if src == "ecs" then return "task definition" .. shown end
  if src == "dockerfile" then return "the image" end
  if src == "helm-values" then return "the chart's workload" end
  return tostring(w.kind or "workload") .. shown
end

-- How a message names a container: "container 'web' of Deployment 'shop'". Compose services and Dockerfiles have
-- one container, named after the service.
function M.container_label(w, c)
  local src = w.source
  if src == "docker-compose" or src == "dockerfile" or src == "helm-values" then return M.label(w) end
  local name = c.name
  local what = c.init == true and "init container" or c.ephemeral == true and "ephemeral container" or "container"
  -- A name from a reference (`Name: !Ref ContainerName`) is shown as written.
  local shown = type(name) == "string" and name or tg.type(name) == "expr" and tostring(name) or "?"
  return what .. " '" .. tg.excerpt(shown) .. "' of " .. M.label(w)
end

-- Where a finding about a container goes: its `name` when written (a Kubernetes container's list item), else the
-- container itself (a compose service, an ECS definition, a Dockerfile's final FROM).
function M.container_at(c)
  if c.name ~= nil then return c, "name" end
  return c, nil
end

-- The containers of an item, or an empty table when they cannot be read (an Argo workloadRef, ECS `file(...)`).
function M.containers(w)
  local cs = w.containers
  if tg.type(cs) ~= "seq" then return {} end
  return cs
end

-- The containers whose security context and image the security rules judge: M.containers and, in a pod exported
-- from a cluster, the ephemeral (debug) containers, which have no probes, resources or ports to judge.
function M.all_containers(w)
  local eph = w.ephemeral_containers
  if eph == nil then return M.containers(w) end
  local all = {}
  for _, c in ipairs(M.containers(w)) do all[#all + 1] = c end
  for _, c in ipairs(eph) do all[#all + 1] = c end
  return all
end

-- Whether a user value is root: 0, "0", "root".
function M.root_user(u)
  return u == 0 or u == "0" or u == "root"
end

return M

-- supply-chain.unpinned-image: container images with no tag or a moving tag (workload and pipeline models).
local wl = tg.lib("workload")

-- What each pinning the models give (docs/document-model.md, "Refs") means, for the ones that are reported.
local PROBLEM = {
  none = "has no tag, so it resolves to latest",
  branch = "uses a moving tag",
}

local function problem(ref)
  if ref == nil then return nil end
  local p = PROBLEM[ref.pinned]
  if p == nil then return nil end
  local text = ref.ref
  if type(text) ~= "string" then return nil end
  if ref.pinned == "branch" then
    local tag = text:match(":([^:/]+)$")
    if tag ~= nil then p = "uses the moving tag '" .. tg.excerpt(tag) .. "'" end
  end
  return "'" .. tg.excerpt(text) .. "' " .. p
end

-- Whether the place `at` lies in a service of the compose file the workload comes from (that service reports
-- what is written there).
local function written_in_other_service(doc, at)
  local file = doc.origin and doc.origin.root
  local services = tg.type(file) == "map" and file.services or nil
  if tg.type(services) ~= "map" then return false end
  for name in pairs(services) do
    local s = tg.span(services, name)
    local v = tg.span(services[name])
    if v and at.line >= s.line and at.line <= v.end_line then return true end
  end
  return false
end

return {
  id = "supply-chain.unpinned-image",
  title = "Container image has no tag or uses latest",
  severity = "medium",
  tags = { "supply-chain", "containers" },
  applies_to = { "workload", "pipeline" },
  help = [[
An image reference with no tag means `:latest`, and `:latest` moves: two deploys of the same commit can run
different code, a rollback does not roll back, and a compromised upstream push lands without review. The same
holds for tags that follow a branch (`main`, `master`, `develop`, `dev`, `edge`, `nightly`, `head`).

Reported: such images in Kubernetes containers and init containers (YAML and JSON), Helm values, docker-compose
services, ECS container definitions, every Dockerfile `FROM`, CI jobs' container images (GitHub Actions
`container:`, GitLab CI `image:`, ...) and CI jobs' service containers (GitHub `services:`, GitLab `services:`,
Azure `services:`, Bitbucket `definitions: services:`).
Not reported: digest pins (`@sha256:...`), any other tag, `FROM scratch`, `FROM <earlier stage>`, references
whose tag is a variable (`app:${TAG}`, `${IMAGE}`), compose services that also have `build:` (the image names
what is built), and Helm values without a tag (the chart's appVersion is used).

Fix: pin a version tag at least, and a digest for production and base images (`image: nginx:1.27.3@sha256:...`),
updated by Dependabot or Renovate. See docs/rules/supply-chain/unpinned-image.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/containers/images/#image-names",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
  },
  check = function(doc, ctx)
    local root = doc.root
    if doc.kind == "pipeline" then
      -- An image or service written once for several jobs (Bitbucket's top-level `image:`, GitLab `default:`, a
      -- template) is one finding, where it is written; its message names no job, so that the Bitbucket pipelines
      -- of one file (an item each) give the same finding, which the engine keeps once.
      local seen = {}
      local function first(x, key)
        local s = tg.span(x, key)
        local k = s.line .. ":" .. s.col
        if seen[k] then return false end
        seen[k] = true
        return true
      end
      for _, job in ipairs(root.jobs) do
        local p = problem(job.image)
        if p and first(job, "image") then
          local js, is = tg.span(job), tg.span(job, "image")
          local own = is.line >= js.line and is.line <= js.end_line
          ctx:report{ at = job, key = "image",
            message = (own and ("job '" .. tg.excerpt(job.id) .. "' container image ") or "container image ") .. p }
        end
        for _, svc in ipairs(job.services or {}) do
          local sp = problem(svc)
          if sp and first(svc) then ctx:report{ at = svc, message = "service container " .. sp } end
        end
      end
      return
    end
    if root.source == "dockerfile" then
      for _, stage in ipairs(root.stages) do
        local p = problem(stage.image)
        if p then ctx:report{ at = stage, key = "image", message = "base image " .. p } end
      end
      return
    end
    for _, c in ipairs(wl.all_containers(root)) do
      local p = problem(c.image)
      if p then
        -- An image written once for several compose services (a YAML anchor merged with `<<:`) is one finding,
        -- where it is written: by the service that writes it, or, for an `x-` block, with a message that names
        -- no service, which the services that share it give alike and the engine keeps once.
        local cs, is = tg.span(c), tg.span(c, "image")
        local own = is.line >= cs.line and is.line <= cs.end_line
        if own or not written_in_other_service(doc, is) then
          ctx:report{ at = c, key = "image",
            message = (own and (wl.container_label(root, c) .. " image ") or "image ") .. p }
        end
      end
    end
  end,
}

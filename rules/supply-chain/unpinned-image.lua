-- supply-chain.unpinned-image: container images with no tag or the latest tag.

-- nil when the image reference is fine; otherwise the reason. Defined once per Lua state, not per call, and
-- ordered so that the usual case (a version tag) is decided by the first few string operations.
local function problem(img)
  if type(img) ~= "string" then return nil end
  img = img:match("^%s*(.-)%s*$")
  local last = img:match("^.*/(.*)$") or img -- the part after the registry and path
  local tag = last:match(":([^:]+)$")
  if tag ~= nil and tag ~= "latest" then return nil end
  if img == "" or not tg.is_literal(img) or img:find("$", 1, true) or img:find("{{", 1, true) then return nil end
  if img:find("@sha256:", 1, true) or img:find("@sha512:", 1, true) then return nil end
  if tag == nil then return "has no tag, so it resolves to latest" end
  return "uses the mutable latest tag"
end

return {
  id = "supply-chain.unpinned-image",
  title = "Container image has no tag or uses latest",
  severity = "medium",
  tags = { "supply-chain", "containers" },
  applies_to = { "kubernetes", "docker-compose", "dockerfile", "github-actions", "gitlab-ci" },
  help = [[
An image reference with no tag means `:latest`, and `:latest` moves: two deploys of the same commit can run
different code, a rollback does not roll back, and a compromised upstream push lands without review.

Reported: images with no tag or with the `latest` tag in Kubernetes containers and init containers,
docker-compose `services.*.image`, Dockerfile `FROM`, GitHub Actions `container:` and `services:`, and
GitLab CI `image:` and `services:` (global, `default:` and per job).
Not reported: digest pins (`@sha256:...`), any other tag, `FROM scratch`, `FROM <earlier stage>`,
references with variables (`${BASE_IMAGE}`, `$CI_REGISTRY_IMAGE`), and compose services that also have
`build:` (the image names what is built).

Fix: pin a version tag at least, and a digest for production and base images (`image: nginx:1.27.3@sha256:...`),
updated by Dependabot or Renovate. See docs/rules/supply-chain/unpinned-image.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/containers/images/#image-names",
    "https://docs.docker.com/reference/dockerfile/#from",
    "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
  },
  check = function(doc, ctx)
    local function check(map, key, what)
      if tg.type(map) ~= "map" then return end
      local p = problem(map[key])
      if p then
        ctx:report{ at = map, key = key, message = what .. " image '" .. tg.excerpt(map[key]) .. "' " .. p }
      end
    end
    -- image: "x" or image: { name: "x" } (GitLab), container: "x" or { image: "x" } (GitHub)
    local function check_ref(parent, key, inner, what)
      local v = parent[key]
      if type(v) == "string" then
        check(parent, key, what)
      elseif tg.type(v) == "map" then
        check(v, inner, what)
      end
    end
    local root = doc.root
    local kind = doc.kind
    if root == nil then return end

    if kind == "kubernetes" then
      if tg.type(root) ~= "map" then return end
      local cs = tg.k8s.containers(root)
      if cs == nil then return end
      for _, c in ipairs(cs) do
        local n = c.node
        if tg.type(n) == "map" then
          local img = n.image
          local p = problem(img)
          if p then
            local what = (c.init and "init container '" or "container '") .. tg.excerpt(tostring(n.name or "?")) .. "'"
            ctx:report{ at = n, key = "image", message = what .. " image '" .. tg.excerpt(img) .. "' " .. p }
          end
        end
      end
    elseif kind == "docker-compose" then
      if tg.type(root) ~= "map" or tg.type(root.services) ~= "map" then return end
      for name, svc in pairs(root.services) do
        if tg.type(svc) == "map" and svc.build == nil then check(svc, "image", "service '" .. tg.excerpt(name) .. "'") end
      end
    elseif kind == "dockerfile" then
      if tg.type(root) ~= "seq" then return end
      local aliases = {}
      for _, ins in ipairs(root) do
        if tg.type(ins) == "map" and ins.instruction == "FROM" then
          local img = ins.image
          if type(img) == "string" then
            local low = img:lower()
            if low ~= "scratch" and not aliases[low] then
              local p = problem(img)
              if p then ctx:report{ at = ins, message = "base image '" .. tg.excerpt(img) .. "' " .. p } end
            end
          end
          if type(ins.alias) == "string" then aliases[ins.alias:lower()] = true end
        end
      end
    elseif kind == "github-actions" then
      if tg.type(root) ~= "map" or tg.type(root.jobs) ~= "map" then return end
      for job_id, job in pairs(root.jobs) do
        if tg.type(job) == "map" then
          if job.container ~= nil then check_ref(job, "container", "image", "job '" .. tg.excerpt(job_id) .. "' container") end
          if tg.type(job.services) == "map" then
            for sname, svc in pairs(job.services) do
              if type(svc) == "string" then
                check(job.services, sname, "service '" .. tg.excerpt(sname) .. "'")
              elseif tg.type(svc) == "map" then
                check(svc, "image", "service '" .. tg.excerpt(sname) .. "'")
              end
            end
          end
        end
      end
    elseif kind == "gitlab-ci" then
      if tg.type(root) ~= "map" then return end
      local function gl(job, label)
        if job.image ~= nil then check_ref(job, "image", "name", label) end
        if tg.type(job.services) == "seq" then
          for i, s in ipairs(job.services) do
            if type(s) == "string" then
              local p = problem(s)
              if p then ctx:report{ at = job.services, key = i, message = label .. " service image '" .. tg.excerpt(s) .. "' " .. p } end
            elseif tg.type(s) == "map" then
              check(s, "name", label .. " service")
            end
          end
        end
      end
      gl(root, "global")
      for name, job in pairs(root) do
        if tg.type(job) == "map" and name ~= "variables" and name ~= "workflow" and name ~= "include" then
          gl(job, name == "default" and "default" or ("job '" .. tg.excerpt(name) .. "'"))
        end
      end
    end
  end,
}

-- security.secret-in-build-arg: a secret written into an image's build arguments or environment (Dockerfile
-- ARG/ENV defaults, compose build.args).
local function judge(name, value)
  if type(name) ~= "string" or (type(value) ~= "string" and math.type(value) ~= "integer") then return false end
  return tg.secret_assignment(name, tostring(value)) == "secret"
end

-- The value of `NAME=value` in a compose list item, and the column where it starts.
local function split_item(s)
  local name, value = s:match("^%s*([%w_.%-]+)=(.*)$")
  return name, value
end

local function check_dockerfile(doc, ctx)
  local root = doc.root
  if tg.type(root) ~= "seq" then return end
  for _, ins in ipairs(root) do
    if tg.type(ins) == "map" then
      local kw = ins.instruction
      if (kw == "ARG" or kw == "ENV") and tg.type(ins.vars) == "map" then
        for name, value in pairs(ins.vars) do
          if judge(name, value) then
            local why = kw == "ARG"
              and "a build argument's default, kept in the image's history for anyone who pulls it"
              or "the image's environment, readable by anyone who pulls or inspects the image"
            ctx:report{ at = ins.vars, key = name, secret = tostring(value),
              message = kw .. " '" .. tg.excerpt(name) .. "' writes a literal secret into " .. why }
          end
        end
      end
    end
  end
end

local function check_compose(doc, ctx)
  local root = doc.root
  local services = tg.type(root) == "map" and root.services or nil
  if tg.type(services) ~= "map" then return end
  for sname, svc in pairs(services) do
    local build = tg.type(svc) == "map" and svc.build or nil
    local args = tg.type(build) == "map" and build.args or nil
    local t = tg.type(args)
    local function report(at, key, name, value)
      ctx:report{ at = at, key = key, secret = tostring(value),
        message = "service '" .. tg.excerpt(tostring(sname)) .. "' passes a literal secret as build argument '"
          .. tg.excerpt(name) .. "', which stays in the image's history" }
    end
    if t == "map" then
      for name, value in pairs(args) do
        if judge(name, value) then report(args, name, name, value) end
      end
    elseif t == "seq" then
      for i, item in ipairs(args) do
        if type(item) == "string" then
          local name, value = split_item(item)
          if name and judge(name, value) then report(args, i, name, value) end
        end
      end
    end
  end
end

return {
  id = "security.secret-in-build-arg",
  title = "Secret written into an image's build arguments or environment",
  severity = "high",
  tags = { "security", "secrets", "containers" },
  applies_to = { "dockerfile", "docker-compose" },
  help = [[
A build argument is not a secret store: an `ARG` default, a compose `build.args` value and every `ENV` value end up
in the image's metadata and layer history (`docker history`, `docker inspect`), so everyone who can pull the image
can read them, in every registry it is pushed to, for as long as the image exists. The same value also sits in
the repository.

Reported for a Dockerfile `ARG` with a default or an `ENV` value, and a docker-compose `build.args` entry, whose
name reads as a secret (`*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_KEY`, ...) and whose value is a literal, judged as
secrets.generic-literal-assignment judges one (`tg.secret_assignment`): references (`${NPM_TOKEN}`), placeholders
and short values are not secrets. The generic rule's finding on the same value becomes a related location of this
one. Not reported: `ARG NPM_TOKEN` without a default (given at build time). Fix: use a BuildKit secret mount
(`RUN --mount=type=secret,id=npm_token ...`, compose `build.secrets`), and rotate the value that was committed.
See docs/rules/security/secret-in-build-arg.md.]],
  references = {
    "https://docs.docker.com/build/building/secrets/",
    "https://docs.docker.com/reference/dockerfile/#arg",
    "https://docs.docker.com/reference/compose-file/build/#secrets",
  },
  check = function(doc, ctx)
    if doc.kind == "dockerfile" then check_dockerfile(doc, ctx) else check_compose(doc, ctx) end
  end,
}

-- config.env-value-in-shared-module: a shared Terraform module that hardcodes one environment's account or host.
local kArn = tg.re([[^arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12}):]])
local kHost = tg.re([[^(?:[a-z][a-z0-9+.-]*://)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::[0-9]+)?(?:/.*)?$]])

-- A module folder (modules/NAME/...) that does not itself name an environment (modules/prod-db/ is one's own).
local function shared_module(path)
  if not (path:find("^modules/") or path:find("/modules/")) then return false end
  return tg.tier(path) == nil
end

-- The value as written at its place: a literal, not a variable's default or a tfvars value resolved into it.
local function written_literally(doc, parent, key, value)
  local s = tg.span(parent, key)
  if not s or s.line ~= s.end_line then return false end
  local line = doc:line(s.line)
  if not line then return false end
  local text = line:sub(s.col, s.end_col - 1)
  return text:find(value, 1, true) ~= nil
end

return {
  id = "config.env-value-in-shared-module",
  title = "Shared module hardcodes a production account or host",
  severity = "low",
  tags = { "config", "resource", "terraform" },
  applies_to = { "resource" },
  help = [[
A module under `modules/` is meant to serve every environment; a literal production value inside it (an ARN with
an AWS account id, a hostname or URL whose name says prod) makes staging talk to production, or forces a copy of
the module per environment. Reported for a resource attribute, in a Terraform module folder whose path names no
environment, whose value is written there literally and is
- an ARN carrying a 12-digit account id (`arn:aws:iam::123456789012:role/deploy`), or
- a hostname or URL whose words name production (`db.prod.example.com`, `https://api-production.example.com`).

Not reported: values that come from variables, locals or tfvars (resolved values are located at the attribute,
but the text there is the reference), environment folders (`environments/prod/`, `live/`), root modules, and
instance sizes (a module's size default is a design choice; override it per environment).

Fix: make the value a variable of the module and set it in each environment's configuration.
See docs/rules/config/env-value-in-shared-module.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/modules/develop",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.source ~= "terraform" or not shared_module(doc.path) then return end
    local attrs = item.attributes
    if tg.type(attrs) ~= "map" then return end
    tg.walk(attrs, function(v, parent, key)
      if type(v) ~= "string" or #v > 2048 then return end
      local what
      local _, _, account = kArn:find(v)
      if account then
        what = "the AWS account id " .. account
      else
        local _, _, host = kHost:find(v)
        if host and tg.tier(host) == "production" then what = "the production host '" .. tg.excerpt(host, 80) .. "'" end
      end
      if what and written_literally(doc, parent, key, v) then
        ctx:report{ at = parent, key = key,
          message = tg.excerpt(item.address) .. " in a shared module hardcodes " .. what .. "; pass it in as a variable" }
      end
    end)
  end,
}

-- drift.environment-weaker-production: production set up weaker than an environment before it: fewer replicas,
-- shorter retention, a protection switched off, or debugging switched on.
local envs = tg.lib("environment")
local values = tg.lib("values")

-- Settings by their last key, lower-cased, with `-` as `_`: what "weaker" means for each.
local kMore = {}  -- a number production should not have less of
for _, k in ipairs({ "replicas", "replicacount", "replica_count", "desired_count", "desiredcount", "min_size",
  "minsize", "min_replicas", "minreplicas", "min_count", "instance_count", "node_count", "min_capacity",
  "mincapacity", "backup_window_days" }) do
  kMore[k] = true
end
local kOn = {}  -- a protection production should not have off where an earlier environment has it on
for _, k in ipairs({ "deletion_protection", "enable_deletion_protection", "deletion_protection_enabled",
  "termination_protection", "multi_az", "storage_encrypted", "encrypted", "backup_enabled",
  "point_in_time_recovery", "point_in_time_recovery_enabled", "versioning", "versioning_enabled" }) do
  kOn[k] = true
end
local kOff = {}  -- an extra production should not have on where the earlier environments have it off
for _, k in ipairs({ "debug", "debug_enabled", "enable_debug", "debug_mode", "privileged" }) do
  kOff[k] = true
end

-- The kind of a setting by its last key, or by a tail of its words after a prefix naming what it is for
-- (`ec2_desired_count`, `rds_multi_az`, `db_deletion_protection`).
local function kind_of(key)
  local last = (key:match("([^.]+)$") or key):lower():gsub("-", "_")
  if last:find("retention", 1, true) then return "more" end
  local tail = last
  while tail do
    if kMore[tail] then return "more" end
    if kOn[tail] then return "on" end
    if kOff[tail] then return "off" end
    tail = tail:match("^[^_]*_(.+)$")
  end
  return nil
end

local function number(v)
  local t = tg.type(v)
  if t == "int" or t == "float" then return v end
  if t == "string" and v:match("^%d+%.?%d*$") then return tonumber(v) end
  return nil
end

local function flag(v)
  if v == true or v == "true" or v == "True" then return true end
  if v == false or v == "false" or v == "False" then return false end
  return nil
end

return {
  id = "drift.environment-weaker-production",
  title = "Production is set up weaker than an earlier environment",
  severity = "medium",
  tags = { "drift", "environment", "resilience" },
  applies_to = { "environment" },
  scope = "repository",
  help = [[
Production should be at least as resilient as the environments that test it. Among the settings files of an
environment set (tfvars, Helm values, `.env`, configuration files, Kubernetes manifests in environment folders),
reported when production, compared with an earlier environment that sets the same key:
- has fewer of a count: `replicas`, `replicaCount`, `desired_count`, `min_size`, `minReplicas`, `instance_count`,
  `node_count`, `min_capacity`;
- has a shorter retention: any key containing `retention` (`retention_in_days`, `backup_retention_period`);
- has a protection off that the earlier environment has on: `deletion_protection`, `multi_az`, `storage_encrypted`,
  `encrypted`, `backup_enabled`, `point_in_time_recovery`, `versioning`, `termination_protection`;
- has debugging or privileges on that every earlier environment setting it has off: `debug`, `debug_enabled`,
  `debug_mode`, `privileged`.
Keys are matched by their last part, in any case, with `-` or `_`, also after a prefix (`ec2_desired_count`,
`rds_multi_az`). Reported on production's value, with the
earlier environment's value as a related location. Values that are not literal (a variable, a template) are not
compared.

Fix: give production at least what the earlier environment has. See docs/rules/drift/environment-weaker-production.md.]],
  references = {
    "https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html",
  },
  check = function(repo, ctx)
    for _, set in ipairs(envs.sets(repo)) do
      for _, group in ipairs(envs.settings_groups(set)) do
        for _, key in ipairs(group.keys) do
          local kind = kind_of(key)
          if kind then
            for _, prod in ipairs(group.members) do
              local leaf = prod.by_key[key]
              if prod.env.tier == "production" and prod.env.rank and leaf then
                local value = leaf.map[leaf.at]
                local worse, than
                for _, m in ipairs(group.members) do
                  local other = m.by_key[key]
                  if other and m.env.rank and m.env.rank < prod.env.rank then
                    local v = other.map[other.at]
                    if kind == "more" then
                      local a, b = number(value), number(v)
                      if a and b and a < b then worse, than = m, other end
                    elseif kind == "on" then
                      if flag(value) == false and flag(v) == true then worse, than = m, other end
                    else
                      if flag(value) == true and flag(v) == false then worse, than = m, other end
                    end
                  end
                end
                if worse then
                  local q = values.quote(tostring(leaf.at), value) or "its value"
                  local qo = values.quote(tostring(than.at), than.map[than.at]) or "its value"
                  local how = kind == "more" and "less than" or "where"
                  ctx:report{ at = leaf.map, key = leaf.at,
                    message = prod.env.name .. " sets " .. tg.excerpt(key) .. " to " .. q .. ", " .. how .. " "
                      .. worse.env.name .. (kind == "more" and " (" .. qo .. ")" or " sets " .. qo),
                    related = { { at = than.map, key = than.at, message = worse.env.name .. "'s value" } } }
                end
              end
            end
          end
        end
      end
    end
  end,
}

-- Library module "resource": what several rules over the resource model (docs/document-model.md, "Resource")
-- ask of an item. Load it with
--   local res = tg.lib("resource")

local M = {}

-- A control's value when it is known: nil for absent and for unknown (an expr), which never fires.
function M.known(v)
  if v == nil or tg.type(v) == "expr" then return nil end
  return v
end

-- True when the control is absent (the provider's default applies), false when set, known or not.
function M.absent(item, control)
  return item[control] == nil
end

-- What makes a database a copy of another: a read replica (deleting one loses no data), or a restore (a database
-- of its own from then on). Either way its backups and encryption come from its source.
local kReplicaAttributes = { "replicate_source_db", "SourceDBInstanceIdentifier", "replication_source_identifier",
  "ReplicationSourceIdentifier", "master_instance_name" }
local kRestoreAttributes = { "snapshot_identifier", "SnapshotIdentifier", "DBSnapshotIdentifier",
  "DBClusterSnapshotIdentifier", "source_db_instance_identifier", "SourceDBClusterIdentifier",
  "restore_to_point_in_time" }

local function has_any(item, keys)
  local a = item.attributes
  if tg.type(a) ~= "map" then return false end
  for _, k in ipairs(keys) do
    if a[k] ~= nil then return true end
  end
  return false
end

-- A read replica or a restore.
function M.is_copy(item)
  return has_any(item, kReplicaAttributes) or has_any(item, kRestoreAttributes)
end

-- A read replica only.
function M.is_replica(item)
  return has_any(item, kReplicaAttributes)
end

local kEnvTags = { "Environment", "environment", "Env", "env", "Stage", "stage", "Tier", "tier", "ENVIRONMENT", "ENV" }
local kNameAttributes = { "identifier", "name", "cluster_identifier", "replication_group_id", "DBInstanceIdentifier",
  "DBClusterIdentifier", "ReplicationGroupId", "TableName" }

-- The environment tier of an item ("production", "staging", "testing", "development") and what says so, or nil:
-- its environment tag first, then its name as the provider sees it, then its Terraform or template name, then the
-- path of its file (environments/prod/main.tf). Values resolved from tfvars count, so `identifier =
-- "${var.env}-db"` with `env = "prod"` in terraform.tfvars is production.
function M.tier(item, doc)
  local tags = item.tags
  if tg.type(tags) == "map" then
    for _, k in ipairs(kEnvTags) do
      local v = tags[k]
      if tg.type(v) == "string" then
        local t = tg.tier(v)
        if t then return t, "tag " .. k .. " = '" .. tg.excerpt(v, 40) .. "'" end
      end
    end
  end
  local a = item.attributes
  if tg.type(a) == "map" then
    for _, k in ipairs(kNameAttributes) do
      local v = a[k]
      if tg.type(v) == "string" then
        local t = tg.tier(v)
        if t then return t, k .. " '" .. tg.excerpt(v, 40) .. "'" end
      end
    end
  end
  local t = tg.tier(item.address)
  if t then return t, "its name" end
  t = tg.tier(doc.path)
  if t then return t, "its path" end
  return nil
end

-- What deploys together, for rules that judge a resource by what lies beside it: a CloudFormation template (one
-- stack; two templates of one folder are unrelated stacks), else the folder (a Terraform module).
function M.unit_of(doc)
  if doc.root.source == "cloudformation" then return doc.path end
  return doc.path:match("^(.*)/[^/]*$") or ""
end

-- Where a finding about an absent control goes: the item's name.
function M.report_absent(ctx, item, message, severity)
  ctx:report{ at = item, key = "address", message = message, severity = severity }
end

return M

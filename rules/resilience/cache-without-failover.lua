-- resilience.cache-without-failover: a cache that does not fail over when its primary node or zone is lost.
local res = tg.lib("resource")

local kGroups = { aws_elasticache_replication_group = true, ["AWS::ElastiCache::ReplicationGroup"] = true }
local kSingle = { aws_elasticache_cluster = true, ["AWS::ElastiCache::CacheCluster"] = true,
  google_redis_instance = true, azurerm_redis_cache = true }

-- A single-node cache in production: ElastiCache clusters (one node unless num_cache_nodes says more, and then
-- memcached nodes do not replicate), Memorystore BASIC, Azure Basic.
local function single_node(item)
  local a = item.attributes
  if tg.type(a) ~= "map" then return nil end
  local t = item.type
  if t == "google_redis_instance" then
    if item.multi_az ~= nil and item.multi_az ~= false then return nil end  -- STANDARD_HA, or unknown
    local tier = a.tier
    if tier == nil or tier == "BASIC" then return a.tier ~= nil and "tier" or nil, "its BASIC tier has one node" end
    return nil
  elseif t == "azurerm_redis_cache" then
    if a.sku_name == "Basic" then return "sku_name", "its Basic SKU has one node" end
    return nil
  end
  if a.replication_group_id ~= nil or a.ReplicationGroupId ~= nil then return nil end  -- a member of a group
  local n = a.num_cache_nodes or a.NumCacheNodes
  if n ~= nil and n ~= 1 then return nil end
  return n ~= nil and (a.num_cache_nodes and "num_cache_nodes" or "NumCacheNodes") or nil, "it has a single node"
end

return {
  id = "resilience.cache-without-failover",
  title = "Cache does not fail over",
  severity = "medium",
  tags = { "resilience", "resource" },
  applies_to = { "resource" },
  help = [[
A cache whose primary cannot fail over takes every request that depends on it down with one node or one zone, and
comes back empty. Reported for an ElastiCache replication group without `automatic_failover_enabled = true`
(`AutomaticFailoverEnabled`; off by default), and, in production, for a single-node cache: an
`aws_elasticache_cluster` with one node, a Memorystore Redis instance on the `BASIC` tier (the default) and an Azure
Redis cache on the `Basic` SKU.

Not reported: single-node caches outside production (the environment tag, name or path says so), cluster members of a
replication group, and unknown values.

Fix: a replication group with a replica in another zone, `automatic_failover_enabled = true` and
`multi_az_enabled = true`; Memorystore `tier = "STANDARD_HA"`; Azure `Standard` or `Premium`.
See docs/rules/resilience/cache-without-failover.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html",
    "https://cloud.google.com/memorystore/docs/redis/redis-tiers",
    "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-high-availability",
  },
  check = function(doc, ctx)
    local item = doc.root
    if kGroups[item.type] then
      local failover = item.automatic_failover
      if failover == false then
        ctx:report{ at = item, key = "automatic_failover",
          message = tg.excerpt(item.address) .. " does not fail over automatically when its primary is lost" }
      elseif failover == nil then
        res.report_absent(ctx, item, tg.excerpt(item.address) ..
          " does not fail over automatically (automatic failover is off by default)")
      end
      return
    end
    if not kSingle[item.type] then return end
    local key, why = single_node(item)
    if not why then return end
    local tier, because = res.tier(item, doc)
    if tier ~= "production" then return end
    local message = tg.excerpt(item.address) .. " is a production cache that cannot fail over: " .. why
      .. " (" .. because .. ")"
    if key then
      ctx:report{ at = item.attributes, key = key, message = message }
    else
      res.report_absent(ctx, item, message)
    end
  end,
}

-- resilience.database-not-multi-az: a production database or cache that lives in one availability zone.
local res = tg.lib("resource")

-- Types that are single-zone unless set: RDS instances, ElastiCache replication groups, Cloud SQL (ZONAL),
-- Memorystore (BASIC), Azure flexible servers (no high_availability block) and Azure SQL databases.
local kZonalByDefault = {
  aws_db_instance = true, ["AWS::RDS::DBInstance"] = true, aws_elasticache_replication_group = true,
  ["AWS::ElastiCache::ReplicationGroup"] = true, google_sql_database_instance = true, google_redis_instance = true,
  azurerm_postgresql_flexible_server = true, azurerm_mysql_flexible_server = true, azurerm_mssql_database = true,
}

return {
  id = "resilience.database-not-multi-az",
  title = "Production database or cache runs in a single availability zone",
  severity = "medium",
  tags = { "resilience", "resource" },
  applies_to = { "resource" },
  help = [[
A production database in one zone goes down with the zone, and a failover has nowhere to go. Reported for a
production database or cache whose zone redundancy is switched off (`multi_az = false`, `MultiAZ: false`,
`multi_az_enabled = false`, Cloud SQL `availability_type = "ZONAL"`, Memorystore `tier = "BASIC"`, Azure
`zone_redundant = false`) or unset on a type that is single-zone by default (RDS instances, ElastiCache replication
groups, Cloud SQL, Memorystore for Redis, Azure flexible servers without `high_availability`, Azure SQL databases).

Production is read from the resource: its `Environment` (`env`, `stage`) tag, then its identifier or name, then its
Terraform or template name, then its file's path (`environments/prod/`), with values resolved from tfvars; `prod`,
`production`, `prd` and `live` are production. Nothing else is reported: a development database in one zone is a
cost decision.

Not reported: unknown values, read replicas, Aurora clusters (zone redundancy comes from their instances), and
services that are multi-zone by design (DynamoDB, Spanner, Cosmos DB in one region is judged by its own flag).

Fix: `multi_az = true` (RDS), `availability_type = "REGIONAL"` (Cloud SQL), `high_availability { mode =
"ZoneRedundant" }` (Azure). See docs/rules/resilience/database-not-multi-az.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
    "https://cloud.google.com/sql/docs/postgres/high-availability",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-high-availability",
  },
  check = function(doc, ctx)
    local item = doc.root
    local cls = item.class
    if cls ~= "database" and cls ~= "cache" then return end
    local maz = item.multi_az
    if maz ~= nil and res.known(maz) ~= false then return end
    if maz == nil and not kZonalByDefault[item.type] then return end
    if res.is_copy(item) then return end
    local tier, why = res.tier(item, doc)
    if tier ~= "production" then return end
    if maz == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " is production (" .. why
        .. ") but runs in a single zone, the default")
    else
      ctx:report{ at = item, key = "multi_az",
        message = tg.excerpt(item.address) .. " is production (" .. why .. ") but runs in a single zone" }
    end
  end,
}

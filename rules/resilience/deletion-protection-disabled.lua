-- resilience.deletion-protection-disabled: a database, load balancer or cluster that one call can delete.
local res = tg.lib("resource")

-- Types whose deletion protection is off unless set (the provider's documented default).
local kOffByDefault = {
  aws_db_instance = true, aws_rds_cluster = true, aws_docdb_cluster = true, aws_neptune_cluster = true,
  aws_dynamodb_table = true, aws_lb = true, aws_alb = true,
  ["AWS::RDS::DBInstance"] = true, ["AWS::RDS::DBCluster"] = true, ["AWS::DocDB::DBCluster"] = true,
  ["AWS::Neptune::DBCluster"] = true, ["AWS::DynamoDB::Table"] = true,
  ["AWS::ElasticLoadBalancingV2::LoadBalancer"] = true,
  azurerm_key_vault = true,  -- purge protection: a deleted vault and its keys can be purged before the retention ends
}
local kClasses = { database = "medium", load_balancer = "low", cluster = "low", secret_store = "medium" }
-- Types without a class of their own that hold a database's data.
local kTypes = { google_spanner_database = "medium" }

return {
  id = "resilience.deletion-protection-disabled",
  title = "Database, load balancer or cluster without deletion protection",
  severity = "medium",
  tags = { "resilience", "resource" },
  applies_to = { "resource" },
  help = [[
Deletion protection makes the provider refuse to delete the resource until someone switches it off: a mistaken
`terraform destroy`, a renamed resource or a console click cannot take the production database with it.

Reported when it is switched off explicitly (`deletion_protection = false`, `enable_deletion_protection = false`,
`DeletionProtection: false`, Cloud SQL `deletion_protection_enabled = false` or Terraform's own
`deletion_protection = false`, GKE `deletion_protection = false`), and when it is unset on a type whose default is
off (RDS, Aurora, DocumentDB, Neptune, DynamoDB, application and network load balancers, and an Azure Key
Vault's `purge_protection_enabled`) unless the resource's environment tag, name or path says it is not
production (dev, test, staging). Spanner databases' `deletion_protection = false` too.

Not reported: unknown values, read replicas (deleting one loses no data; a restore is judged like any database),
the DB instances of an Aurora cluster (the cluster's
setting holds), and other Azure resources (protected by management locks, which are separate resources).
Severity: medium for databases and key vaults, low for load balancers and clusters (recreated, not lost).

Fix: `deletion_protection = true`. See docs/rules/resilience/deletion-protection-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#deletion-protection",
    "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection",
  },
  check = function(doc, ctx)
    local item = doc.root
    local severity = kClasses[item.class] or kTypes[item.type]
    if not severity or res.is_replica(item) then return end
    local dp = item.deletion_protection
    if dp == nil then
      -- Terraform's own guard on Cloud SQL and Spanner, on by default, counts when written false.
      local a = item.attributes
      if tg.type(a) == "map" and a.deletion_protection == false then
        ctx:report{ at = a, key = "deletion_protection", severity = severity,
          message = tg.excerpt(item.address) .. " lets Terraform delete it (deletion_protection = false)" }
        return
      end
      if not kOffByDefault[item.type] then return end
      local tier = res.tier(item, doc)
      if tier ~= nil and tier ~= "production" then return end
      res.report_absent(ctx, item, tg.excerpt(item.address)
        .. " does not enable deletion protection, which is off by default", severity)
      return
    end
    if res.known(dp) == false then
      ctx:report{ at = item, key = "deletion_protection", severity = severity,
        message = tg.excerpt(item.address) .. " disables deletion protection" }
    end
  end,
}

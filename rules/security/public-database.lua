-- security.public-database: a database or cache reachable from the internet.
local res = tg.lib("resource")

local kClasses = { database = true, database_instance = true, database_server = true, cache = true, search = true }

return {
  id = "security.public-database",
  title = "Database is reachable from the internet",
  severity = "high",
  tags = { "security", "resource" },
  applies_to = { "resource" },
  help = [[
A database with a public endpoint is one leaked or guessed password away from a breach, and is scanned within
minutes of creation. Reported for `publicly_accessible = true` (RDS, Aurora instances, Redshift;
`PubliclyAccessible: true`) and Cloud SQL `authorized_networks` admitting `0.0.0.0/0`, at high severity; and for
Azure databases, caches and Cosmos DB accounts with `public_network_access_enabled = true`, at medium severity
(their firewall rules still decide who may connect).

Not reported: unknown values, and an unset flag (private by default for RDS in a VPC and for Cloud SQL).

Fix: keep databases in private subnets, reach them through a bastion, VPN or private endpoint.
See docs/rules/security/public-database.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
    "https://cloud.google.com/sql/docs/postgres/authorize-networks",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-public",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kClasses[item.class] then return end
    if res.known(item.public_access) ~= true then return end
    if item.provider == "azurerm" then
      ctx:report{ at = item, key = "public_access", severity = "medium",
        message = tg.excerpt(item.address) .. " accepts connections from the public network" }
    else
      ctx:report{ at = item, key = "public_access",
        message = tg.excerpt(item.address) .. " is reachable from the internet" }
    end
  end,
}

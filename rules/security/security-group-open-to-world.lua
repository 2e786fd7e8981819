-- security.security-group-open-to-world: a firewall that admits the whole internet on a port that is not a web port.

-- Ports meant for the public: HTTP and HTTPS.
local kWeb = { [80] = true, [443] = true }
-- Ports whose exposure is an incident on its own: remote administration and databases.
local kSensitive = { [22] = "SSH", [3389] = "RDP", [3306] = "MySQL", [5432] = "PostgreSQL", [1433] = "SQL Server",
  [27017] = "MongoDB", [6379] = "Redis", [9200] = "Elasticsearch", [5900] = "VNC", [23] = "Telnet", [2375] = "Docker" }

local function describe(from, to)
  if from == 0 and to == 65535 then return "every port" end
  if from == to then return "port " .. from end
  return "ports " .. from .. "-" .. to
end

return {
  id = "security.security-group-open-to-world",
  title = "Security group or firewall admits the internet on a non-web port",
  severity = "high",
  tags = { "security", "resource", "network" },
  applies_to = { "resource" },
  help = [[
An inbound rule that admits `0.0.0.0/0` (or `::/0`, `*`, `Internet`, `Any`) on SSH, RDP, a database port or every
port exposes the service behind it to the whole internet's scanners. Reported, on the port, for every inbound
rule of an AWS security group (inline `ingress`, `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`,
`SecurityGroupIngress`), a Google firewall (`allow` with `source_ranges`) or an Azure network security rule
(`destination_port_range`) that admits any address on a port other than 80 and 443. Severity high for every port,
remote administration (22, 3389, 5900, 23) and database ports; medium for other ports.

Not reported: ports 80 and 443 alone (a public load balancer's purpose), egress and deny rules, rules whose
sources or ports are unknown (`var.allowed_cidrs`).

Fix: admit only known ranges (a VPN, a bastion's security group), or put the service behind a load balancer.
See docs/rules/security/security-group-open-to-world.md.]],
  references = {
    "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    "https://cloud.google.com/firewall/docs/firewalls",
    "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
  },
  check = function(doc, ctx)
    local item = doc.root
    local ports = item.open_ports
    if ports == nil then return end
    for _, range in ipairs(ports) do
      if tg.type(range) == "map" then
        local from, to = range.from, range.to
        if not (from == to and kWeb[from]) then
          -- A wide range is as bad as a named sensitive port: it holds some.
          local named
          for p = from, math.min(to, from + 1000) do
            if kSensitive[p] then named = kSensitive[p] .. " (" .. p .. ")" break end
          end
          local high = named ~= nil or to - from >= 1000
          local message = tg.excerpt(item.address) .. " admits the whole internet on " .. describe(from, to)
          if named and from ~= to then message = message .. ", including " .. named end
          ctx:report{ at = range, severity = high and "high" or "medium", message = message }
        end
      end
    end
  end,
}

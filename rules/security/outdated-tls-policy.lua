-- security.outdated-tls-policy: a listener, distribution, API domain or SSL policy that still accepts TLS 1.0 or 1.1.
local res = tg.lib("resource")

-- The oldest TLS minor version (0: TLS 1.0, 1: 1.1, 2: 1.2, 3: 1.3; -1: SSLv3) a named policy accepts, or nil for
-- a name this table does not know.
local function floor_of(name)
  local u = name:upper()
  if u:find("SSLV3", 1, true) then return -1 end
  local m = u:match("TLS13%-1%-([0-3])")
  if m then return tonumber(m) end
  if u:find("TLS13", 1, true) or u:find("TLS_1_3", 1, true) then return 3 end
  if u == "TLSV1" or u:match("^TLSV1_%d%d%d%d$") then return 0 end                -- CloudFront TLSv1, TLSv1_2016
  m = u:match("FS%-1%-([0-3])") or u:match("TLS[%-_V]?1[%-_%.]([0-3])")
  if m then return tonumber(m) end
  if u:match("^ELBSECURITYPOLICY%-20%d%d") or u:match("^ELBSECURITYPOLICY%-FS%-20%d%d") then return 0 end
  if u == "1.0" or u == "TLSENFORCEMENTDISABLED" or u == "DISABLED" then return 0 end  -- Azure; no minimum: 1.0
  if u == "1.1" then return 1 end
  if u == "1.2" then return 2 end
  if u == "APPGWSSLPOLICY20150501" then return 0 end
  if u == "APPGWSSLPOLICY20170401" then return 1 end
  if u == "APPGWSSLPOLICY20170401S" or u:match("^APPGWSSLPOLICY2022") then return 2 end
  return nil
end

return {
  id = "security.outdated-tls-policy",
  title = "TLS policy accepts TLS 1.0 or 1.1",
  severity = "medium",
  tags = { "security", "network", "resource" },
  applies_to = { "resource" },
  help = [[
TLS 1.0 and 1.1 are deprecated (RFC 8996): their handshakes and cipher suites have known weaknesses, and
compliance standards (PCI DSS) forbid them. Reported for a policy that accepts a version below TLS 1.2: a load
balancer listener's `ssl_policy` (`SslPolicy`, e.g. `ELBSecurityPolicy-2016-08`), a CloudFront distribution's
`minimum_protocol_version` (`TLSv1`, `TLSv1_2016`, `TLSv1.1_2016`), an API Gateway domain's `security_policy`
(`TLS_1_0`), a Google `google_compute_ssl_policy` (`min_tls_version`, TLS 1.0 by default), an Azure application
gateway's `ssl_policy`, and the minimum TLS version of an Azure SQL, PostgreSQL, MySQL or MariaDB server, storage
account, Redis cache or web app (`minimum_tls_version = "1.1"`, `ssl_minimal_tls_version_enforced = "TLS1_0"`,
`min_tls_version`; `Disabled` and `TLSEnforcementDisabled` enforce no minimum).

Not reported: policies from TLS 1.2 up, listeners without a written policy, policy names this rule does not know,
and unknown values.

Fix: choose a TLS 1.2+ policy (`ELBSecurityPolicy-TLS13-1-2-2021-06`, `TLSv1.2_2021`, `TLS_1_2`).
See docs/rules/security/outdated-tls-policy.md.]],
  references = {
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
    "https://cloud.google.com/load-balancing/docs/ssl-policies-concepts",
    "https://www.rfc-editor.org/rfc/rfc8996",
  },
  check = function(doc, ctx)
    local item = doc.root
    local policy = item.tls_policy
    if policy == nil then
      if item.type == "google_compute_ssl_policy" then
        res.report_absent(ctx, item, tg.excerpt(item.address) ..
          " sets no min_tls_version, so it accepts TLS 1.0 (the default)")
      end
      return
    end
    if type(policy) ~= "string" then return end
    local floor = floor_of(policy)
    if floor == nil or floor >= 2 then return end
    local version = floor < 0 and "SSLv3" or ("TLS 1." .. floor)
    -- Azure writes a minimum version ("1.1", "TLS1_0"), the others name a policy.
    local what = (policy:match("^%d%.%d$") or policy:upper():match("^TLS_?1_%d$") or policy:upper():find("DISABLED"))
      and " sets minimum TLS version " or " uses TLS policy "
    ctx:report{ at = item, key = "tls_policy",
      message = tg.excerpt(item.address) .. what .. tg.excerpt(policy, 60) .. ", which accepts " .. version }
  end,
}

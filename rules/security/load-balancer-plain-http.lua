-- security.load-balancer-plain-http: a load-balancer listener that serves traffic over plain HTTP.
local res = tg.lib("resource")
local refs = tg.lib("references")

-- The load balancer a listener belongs to, when its folder or template defines it: its address (`aws_lb.web`,
-- a logical id) named in load_balancer_arn (LoadBalancerArn).
local function balancer_of(item, balancers)
  local a = item.attributes
  if tg.type(a) ~= "map" then return nil end
  local arn = a.load_balancer_arn or a.LoadBalancerArn
  if tg.type(arn) ~= "expr" then return nil end
  local texts = { tostring(arn) }
  for _, lb in ipairs(balancers) do
    if refs.names(texts, lb.root.address) then return lb.root end
  end
  return nil
end

-- Azure application gateways: each `http_listener` on `Http` whose routing rule does not redirect to an `Https`
-- listener (or to an https:// URL).
local function blocks(v)
  if tg.type(v) == "map" then return { v } end
  if tg.type(v) == "seq" then
    local out = {}
    for _, b in ipairs(v) do
      if tg.type(b) == "map" then out[#out + 1] = b end
    end
    return out
  end
  return {}
end

local function azure_gateway(item, ctx)
  local a = item.attributes
  if tg.type(a) ~= "map" then return end
  local https = {}
  for _, l in ipairs(blocks(a.http_listener)) do
    if type(l.name) == "string" and type(l.protocol) == "string" and l.protocol:lower() == "https" then
      https[l.name] = true
    end
  end
  local secure_redirect = {}
  for _, r in ipairs(blocks(a.redirect_configuration)) do
    local url = r.target_url
    if type(r.name) == "string" and (https[r.target_listener_name] or (type(url) == "string" and url:match("^https://"))) then
      secure_redirect[r.name] = true
    end
  end
  local rules = blocks(a.request_routing_rule)
  for _, l in ipairs(blocks(a.http_listener)) do
    if type(l.protocol) == "string" and l.protocol:lower() == "http" and type(l.name) == "string" then
      local redirected, unknown = false, false
      for _, r in ipairs(rules) do
        if r.http_listener_name == l.name then
          local target = r.redirect_configuration_name
          if target ~= nil and type(target) ~= "string" then unknown = true end
          if type(target) == "string" and secure_redirect[target] then redirected = true end
        elseif type(r.http_listener_name) ~= "string" then
          unknown = true
        end
      end
      if not redirected and not unknown then
        ctx:report{ at = l, key = "protocol",
          message = tg.excerpt(item.address) .. " listener '" .. tg.excerpt(l.name, 60)
            .. "' serves plain HTTP without redirecting to HTTPS" }
      end
    end
  end
end

return {
  id = "security.load-balancer-plain-http",
  title = "Load-balancer listener serves plain HTTP",
  severity = "medium",
  tags = { "security", "network", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
A listener on HTTP that forwards requests to its targets carries sessions, credentials and personal data in clear
text, open to anyone on the path. Reported for an `aws_lb_listener` (`aws_alb_listener`,
`AWS::ElasticLoadBalancingV2::Listener`) with `protocol = "HTTP"` whose default action is not a redirect to HTTPS,
and an Azure application gateway's `http_listener` on `Http` whose routing rule does not redirect to an `Https`
listener.

A listener of an internal load balancer (`internal = true`, `Scheme: internal`) of the same folder or template is
reported at low severity: the traffic stays in the network, but anyone inside it can read it.

Not reported: HTTP listeners that redirect to HTTPS or answer with a fixed response, HTTPS, TLS and TCP listeners,
and unknown values.

Fix: serve HTTPS with a certificate and make the HTTP listener a redirect (`type = "redirect"`, `protocol =
"HTTPS"`, `status_code = "HTTP_301"`).
See docs/rules/security/load-balancer-plain-http.md.]],
  references = {
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
  },
  check = function(repo, ctx)
    local balancers, listeners = {}, {}
    for _, doc in ipairs(repo:documents("resource")) do
      local cls = doc.root.class
      if cls == "load_balancer" then
        local f = refs.folder(doc.path)
        balancers[f] = balancers[f] or {}
        table.insert(balancers[f], doc)
      elseif cls == "listener" then
        listeners[#listeners + 1] = doc
      end
      if doc.root.type == "azurerm_application_gateway" then azure_gateway(doc.root, ctx) end
    end
    for _, doc in ipairs(listeners) do
      local item = doc.root
      local protocol = res.known(item.protocol)
      local action = item.default_action
      local serves = type(protocol) == "string" and protocol:upper() == "HTTP" and action ~= nil
        and tg.type(action) ~= "expr" and action ~= "fixed-response"
      if serves and action == "redirect" then
        local to = item.redirect_protocol
        if (to ~= nil and tg.type(to) == "expr") or (type(to) == "string" and to:upper() == "HTTPS") then serves = false end
      end
      if serves then
        local lb = balancer_of(item, balancers[refs.folder(doc.path)] or {})
        if lb and res.known(lb.public_access) == false then
          ctx:report{ at = item, key = "protocol", severity = "low",
            message = tg.excerpt(item.address) .. " serves plain HTTP inside the network (" .. tg.excerpt(lb.address)
              .. " is internal)" }
        else
          ctx:report{ at = item, key = "protocol",
            message = tg.excerpt(item.address) .. " serves plain HTTP without redirecting to HTTPS" }
        end
      end
    end
  end,
}

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
`AWS::ElasticLoadBalancingV2::Listener`) with `protocol = "HTTP"` whose default action is not a redirect to HTTPS.

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

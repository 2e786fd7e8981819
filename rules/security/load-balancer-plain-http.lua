-- security.load-balancer-plain-http: a load-balancer listener that serves traffic over plain HTTP.
local res = tg.lib("resource")

return {
  id = "security.load-balancer-plain-http",
  title = "Load-balancer listener serves plain HTTP",
  severity = "medium",
  tags = { "security", "network", "resource" },
  applies_to = { "resource" },
  help = [[
A listener on HTTP that forwards requests to its targets carries sessions, credentials and personal data in clear
text, open to anyone on the path. Reported for an `aws_lb_listener` (`aws_alb_listener`,
`AWS::ElasticLoadBalancingV2::Listener`) with `protocol = "HTTP"` whose default action is not a redirect to HTTPS.

Not reported: HTTP listeners that redirect to HTTPS or answer with a fixed response, HTTPS, TLS and TCP listeners,
and unknown values.

Fix: serve HTTPS with a certificate and make the HTTP listener a redirect (`type = "redirect"`, `protocol =
"HTTPS"`, `status_code = "HTTP_301"`).
See docs/rules/security/load-balancer-plain-http.md.]],
  references = {
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "listener" then return end
    local protocol = res.known(item.protocol)
    if type(protocol) ~= "string" or protocol:upper() ~= "HTTP" then return end
    local action = item.default_action
    if action == nil or tg.type(action) == "expr" then return end
    if action == "fixed-response" then return end
    if action == "redirect" then
      local to = item.redirect_protocol
      if to ~= nil and tg.type(to) == "expr" then return end
      if type(to) == "string" and to:upper() == "HTTPS" then return end
    end
    ctx:report{ at = item, key = "protocol",
      message = tg.excerpt(item.address) .. " serves plain HTTP without redirecting to HTTPS" }
  end,
}

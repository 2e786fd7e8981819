-- resilience.target-group-health-check-disabled: a load balancer that sends traffic to targets it never checks.
local res = tg.lib("resource")

return {
  id = "resilience.target-group-health-check-disabled",
  title = "Load-balancer target group has its health check disabled",
  severity = "medium",
  tags = { "resilience", "resource" },
  applies_to = { "resource" },
  help = [[
A target group whose health check is off keeps routing requests to targets that have crashed or hang, and
deployments that rely on health (ECS, auto scaling) cannot tell a bad release from a good one. Reported for
`health_check { enabled = false }` (`HealthCheckEnabled: false`) on an instance or IP target group.

Not reported: a target group without a `health_check` block (checks are on by default, on `/` for HTTP), Lambda
target groups (`target_type = "lambda"`, where health checks are optional), and unknown values.

Fix: remove `enabled = false` and give the check a path that exercises the service (`/healthz`).
See docs/rules/resilience/target-group-health-check-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group#health_check",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "target_group" then return end
    local hc = item.health_check
    if tg.type(hc) ~= "map" or res.known(hc.enabled) ~= false then return end
    local target = tg.get(item.attributes, "target_type") or tg.get(item.attributes, "TargetType")
    if target == "lambda" then return end
    ctx:report{ at = hc, key = "enabled",
      message = tg.excerpt(item.address) .. " disables its health check, so traffic keeps going to failed targets" }
  end,
}

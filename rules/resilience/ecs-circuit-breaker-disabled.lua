-- resilience.ecs-circuit-breaker-disabled: an ECS service whose failed deployments neither stop nor roll back.
local res = tg.lib("resource")

return {
  id = "resilience.ecs-circuit-breaker-disabled",
  title = "ECS service deploys without a circuit breaker",
  severity = "medium",
  tags = { "resilience", "resource", "aws" },
  applies_to = { "resource" },
  help = [[
Without the deployment circuit breaker, an ECS rolling deployment whose new tasks never become healthy keeps
launching and stopping them for hours, and the service stays on a half-broken release. Reported for an
`aws_ecs_service` (`AWS::ECS::Service`) without `deployment_circuit_breaker { enable = true }`, which is off by
default, on the block or the service's name; and, at low severity, for a circuit breaker with `rollback` off,
which stops a failed deployment but leaves the service on it.

Not reported: services using the CODE_DEPLOY or EXTERNAL deployment controller (the circuit breaker applies only to
rolling updates), and unknown values.

Fix: `deployment_circuit_breaker { enable = true, rollback = true }`.
See docs/rules/resilience/ecs-circuit-breaker-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service#deployment_circuit_breaker",
  },
  check = function(doc, ctx)
    local item = doc.root
    local t = item.type
    if t ~= "aws_ecs_service" and t ~= "AWS::ECS::Service" then return end
    local a = item.attributes
    local controller = tg.get(a, "deployment_controller.type") or tg.get(a, "DeploymentController.Type")
    if controller ~= nil and controller ~= "ECS" then return end
    local cb = item.circuit_breaker
    if cb == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " has no deployment circuit breaker, which is off by default")
    elseif res.known(cb) == false then
      ctx:report{ at = item, key = "circuit_breaker",
        message = tg.excerpt(item.address) .. " disables the deployment circuit breaker" }
    elseif cb == true then
      local rb = item.circuit_breaker_rollback
      if rb == nil then
        ctx:report{ at = item, key = "circuit_breaker", severity = "low",
          message = tg.excerpt(item.address) .. " stops failed deployments but does not roll them back (rollback unset)" }
      elseif res.known(rb) == false then
        ctx:report{ at = item, key = "circuit_breaker_rollback", severity = "low",
          message = tg.excerpt(item.address) .. " stops failed deployments but does not roll them back" }
      end
    end
  end,
}

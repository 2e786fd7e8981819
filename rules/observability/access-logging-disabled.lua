-- observability.access-logging-disabled: a load balancer, API stage or CDN distribution that keeps no access log.
local res = tg.lib("resource")

local kTypes = {
  aws_lb = true, aws_alb = true, aws_elb = true,
  ["AWS::ElasticLoadBalancingV2::LoadBalancer"] = true, ["AWS::ElasticLoadBalancing::LoadBalancer"] = true,
  aws_api_gateway_stage = true, aws_apigatewayv2_stage = true,
  ["AWS::ApiGateway::Stage"] = true, ["AWS::ApiGatewayV2::Stage"] = true,
  ["AWS::Serverless::Api"] = true, ["AWS::Serverless::HttpApi"] = true,
  aws_cloudfront_distribution = true, ["AWS::CloudFront::Distribution"] = true,
}

return {
  id = "observability.access-logging-disabled",
  title = "Load balancer, API stage or CDN keeps no access log",
  severity = "low",
  tags = { "observability", "resource" },
  applies_to = { "resource" },
  help = [[
The access log of an entry point is the record of who called what, when, and with which result: without it an
incident, an abuse or a breach cannot be traced to its requests. Reported for an application or classic load
balancer without access logs (`access_logs { enabled = true }`, the `access_logs.s3.enabled` attribute,
`AccessLoggingPolicy`), an API Gateway stage or SAM API without `access_log_settings` (`AccessLogSetting(s)`,
`Globals` applied), and a CloudFront
distribution without `logging_config` (`Logging`); all are off by default.

Not reported: network and gateway load balancers (`load_balancer_type = "network"`, whose access logs cover TLS
listeners only), buckets (a bucket's server access log needs another bucket, and log buckets cannot log to
themselves), and unknown values.

Fix: send the logs to a bucket with a retention rule (`access_logs { bucket = ..., enabled = true }`), a log group for
API stages (`access_log_settings { destination_arn = ... }`), or CloudFront standard logging.
See docs/rules/observability/access-logging-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kTypes[item.type] then return end
    local a = item.attributes
    local lb_type = tg.type(a) == "map" and (a.load_balancer_type or a.Type) or nil
    if item.class == "load_balancer" and lb_type ~= nil and lb_type ~= "application" then return end
    local logging = item.access_logging
    if logging == false then
      ctx:report{ at = item, key = "access_logging", message = tg.excerpt(item.address) .. " keeps no access log" }
    elseif logging == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " keeps no access log (off by default)")
    end
  end,
}

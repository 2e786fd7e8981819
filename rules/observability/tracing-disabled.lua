-- observability.tracing-disabled: a Lambda function or API Gateway stage without X-Ray tracing.
local res = tg.lib("resource")

local kTypes = {
  aws_lambda_function = true, ["AWS::Lambda::Function"] = true, ["AWS::Serverless::Function"] = true,
  aws_api_gateway_stage = true, ["AWS::ApiGateway::Stage"] = true, ["AWS::Serverless::Api"] = true,
}

return {
  id = "observability.tracing-disabled",
  title = "Function or API stage is not traced",
  severity = "low",
  tags = { "observability", "resource" },
  applies_to = { "resource" },
  help = [[
Without tracing, a slow or failing request through API Gateway and Lambda cannot be followed to the call that made
it slow: latency and errors show only as totals. Reported for an `aws_lambda_function` without
`tracing_config { mode = "Active" }` (`TracingConfig.Mode`), and an `aws_api_gateway_stage` without
`xray_tracing_enabled = true` (`TracingEnabled`); tracing is off by default for both. SAM functions and APIs
(`AWS::Serverless::Function` `Tracing`, `AWS::Serverless::Api` `TracingEnabled`) are read with the template's
`Globals` applied.

Not reported: HTTP APIs (`aws_apigatewayv2_stage`, `AWS::Serverless::HttpApi`, which X-Ray does not trace);
unknown values.

Fix: `tracing_config { mode = "Active" }` with `AWSXRayDaemonWriteAccess` on the function's role;
`xray_tracing_enabled = true` on the stage. OpenTelemetry (ADOT) layers also need `Active` to sample.
See docs/rules/observability/tracing-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html",
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kTypes[item.type] then return end
    local tracing = item.tracing
    if tracing == false then
      ctx:report{ at = item, key = "tracing", message = tg.excerpt(item.address) .. " does not trace requests with X-Ray" }
    elseif tracing == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " does not trace requests (X-Ray tracing is off by default)")
    end
  end,
}

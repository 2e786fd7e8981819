-- observability.log-retention-unset: logs kept forever because no retention was decided (resource model).
local res = tg.lib("resource")

local kNeverExpires = { aws_cloudwatch_log_group = true, ["AWS::Logs::LogGroup"] = true }
local kLambda = { aws_lambda_function = true, ["AWS::Lambda::Function"] = true, ["AWS::Serverless::Function"] = true }

return {
  id = "observability.log-retention-unset",
  title = "Log group has no retention period",
  severity = "low",
  tags = { "observability", "resource", "aws" },
  applies_to = { "resource" },
  help = [[
A CloudWatch log group without a retention keeps its events forever: storage cost grows without bound, and the
retention the logging standard asks for (long enough for investigations, short enough for data-protection rules)
is never decided. Reported for
- an `aws_cloudwatch_log_group` (`AWS::Logs::LogGroup`) without `retention_in_days` (`RetentionInDays`), on its
  name, or with 0, on the attribute;
- a Lambda function with no log group for it in the same module or template (by reference or by the name
  `/aws/lambda/NAME`) and no `logging_config`: Lambda then creates the group on first run, with no retention.

Not reported: positive values, unknown values, Cloud Logging buckets and Log Analytics workspaces (30 days unless
set), and a function whose log group has a retention.

Fix: `retention_in_days = var.log_retention_days` with a value CloudWatch accepts (30, 90, 365...); for a function,
declare its `/aws/lambda/NAME` log group with a retention. See docs/rules/observability/log-retention-unset.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
    "https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    local t = item.type
    if kNeverExpires[t] then
      local days = item.log_retention_days
      if days == nil then
        res.report_absent(ctx, item, tg.excerpt(item.address) .. " has no retention, so its logs never expire")
      elseif res.known(days) == 0 then
        ctx:report{ at = item, key = "log_retention_days",
          message = tg.excerpt(item.address) .. " sets retention 0, so its logs never expire" }
      end
    elseif kLambda[t] then
      if item.log_groups ~= nil or item.log_retention_days ~= nil then return end
      local a = item.attributes
      if tg.type(a) == "map" and (a.logging_config ~= nil or a.LoggingConfig ~= nil) then return end
      res.report_absent(ctx, item, tg.excerpt(item.address)
        .. " has no log group declared, so Lambda creates one that never expires")
    end
  end,
}

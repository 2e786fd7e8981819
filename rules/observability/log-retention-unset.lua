-- observability.log-retention-unset: CloudWatch log groups that keep logs forever by default.
local tf = tg.lib("terraform")

return {
  id = "observability.log-retention-unset",
  title = "CloudWatch log group has no retention period",
  severity = "low",
  tags = { "observability", "terraform", "aws" },
  applies_to = { "terraform" },
  help = [[
An `aws_cloudwatch_log_group` without `retention_in_days`, or with `retention_in_days = 0`, keeps its
events forever: storage cost grows without bound, and the retention the logging standard asks for
(long enough for investigations, short enough for data-protection rules) is never decided.
A missing attribute is reported on the resource's name, a 0 on the attribute.

Not reported: any positive value, and expressions (`var.log_retention_days`).

Fix: set `retention_in_days` to one of the values CloudWatch accepts (for example 30, 90, 365), from a
variable shared by every environment. See docs/rules/observability/log-retention-unset.md.]],
  references = {
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#retention_in_days",
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
  },
  check = function(doc, ctx)
    tf.blocks(doc.root, "resource", "aws_cloudwatch_log_group", function(_, name, b, names)
      local r = b.retention_in_days
      if r == nil then
        ctx:report{ at = names, key = name, on = "key",
          message = "aws_cloudwatch_log_group." .. name .. " has no retention_in_days, so its logs never expire" }
      elseif (tg.type(r) == "int" and r == 0) or (tg.type(r) == "string" and r == "0") then
        ctx:report{ at = b, key = "retention_in_days",
          message = "aws_cloudwatch_log_group." .. name .. " sets retention_in_days = 0, so its logs never expire" }
      end
    end)
  end,
}

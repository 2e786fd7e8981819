-- observability.alarm-without-action: an alarm that tells no one when it fires.
local res = tg.lib("resource")
local refs = tg.lib("references")

return {
  id = "observability.alarm-without-action",
  title = "Alarm has no action",
  severity = "medium",
  tags = { "observability", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
An alarm without actions changes colour on a dashboard nobody watches: the incident it was written for goes
unnoticed. Reported for a CloudWatch metric or composite alarm without `alarm_actions` (`AlarmActions`) or with
`actions_enabled = false`, a Google alert policy without `notification_channels`, and an Azure metric or scheduled
query alert without an `action` block.

Not reported: alarms another resource of the same folder or template refers to (a composite alarm's rule, a
CodeDeploy deployment group's alarms, an auto-scaling policy), which act through it; and unknown values.

Fix: send the alarm to an SNS topic, notification channel or action group that pages or posts where someone
looks (`alarm_actions = [aws_sns_topic.alerts.arn]`).
See docs/rules/observability/alarm-without-action.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
    "https://cloud.google.com/monitoring/support/notification-options",
    "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups",
  },
  check = function(repo, ctx)
    local referenced = refs.index(repo)
    for _, doc in ipairs(repo:documents("resource")) do
      local item = doc.root
      if item.class == "alarm" then
        local notifies = item.notifies
        if notifies == nil or notifies == false then
          local a = item.attributes
          local words = { item.address }
          if tg.type(a) == "map" then
            words[#words + 1] = a.alarm_name
            words[#words + 1] = a.AlarmName
          end
          if not referenced(doc, words) then
            if notifies == false then
              ctx:report{ at = item, key = "notifies",
                message = tg.excerpt(item.address) .. " has its actions switched off, so it notifies no one" }
            else
              res.report_absent(ctx, item, tg.excerpt(item.address) .. " has no action, so it notifies no one")
            end
          end
        end
      end
    end
  end,
}

-- observability.critical-resource-without-alarm: a database, queue or load balancer that no alarm watches, in a
-- folder that does define alarms.
return {
  id = "observability.critical-resource-without-alarm",
  title = "Database, queue or load balancer has no alarm",
  severity = "low",
  tags = { "observability", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
A database, queue or load balancer that no alarm watches fails silently: the first to notice a full disk, a
growing backlog or a wave of 5xx is a customer. Reported for such a resource when no alarm of its module folder or
template names it in its dimensions (`aws_cloudwatch_metric_alarm` `dimensions`, `AWS::CloudWatch::Alarm`
`Dimensions`, by reference or by its literal name), and only where that folder or template defines at least one
alarm: a repository that monitors from elsewhere (Datadog, a separate monitoring stack) is not judged by what it
does not keep here.

Not reported: resources in folders (Terraform) or templates (CloudFormation: each is its own stack, whatever
folder it shares) without alarms, read replicas, and Google and Azure resources (their alert policies name
resources by filter, which the model does not relate).

Fix: add an alarm on the resource's key metric (free storage and CPU, queue age, 5xx count) with an action.
See docs/rules/observability/critical-resource-without-alarm.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html",
  },
  check = function(repo, ctx)
    local res = tg.lib("resource")
    local critical = { database = true, queue = true, load_balancer = true }
    local watched = {}  -- module folders and templates with an alarm
    local items = {}
    for _, doc in ipairs(repo:documents("resource")) do
      local item = doc.root
      local cls = item.class
      if cls == "alarm" then
        watched[res.unit_of(doc)] = true
      elseif critical[cls] and item.provider == "aws" then
        items[#items + 1] = doc
      end
    end
    for _, doc in ipairs(items) do
      local item = doc.root
      if watched[res.unit_of(doc)] and item.alarms == nil and not res.is_copy(item) then
        ctx:report{ at = item, key = "address",
          message = tg.excerpt(item.address) .. " has no alarm, although alarms are defined beside it" }
      end
    end
  end,
}

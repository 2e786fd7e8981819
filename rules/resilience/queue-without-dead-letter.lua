-- resilience.queue-without-dead-letter: a queue or subscription whose poison messages have nowhere to go.
local res = tg.lib("resource")
local refs = tg.lib("references")

local kTypes = { aws_sqs_queue = true, ["AWS::SQS::Queue"] = true, google_pubsub_subscription = true }

-- A queue that is itself a dead-letter queue, by its name.
local function named_dead_letter(s)
  if type(s) ~= "string" then return false end
  local l = s:lower()
  return l:find("dlq", 1, true) ~= nil or l:find("dead", 1, true) ~= nil or l:find("poison", 1, true) ~= nil
    or l:find("deadletter", 1, true) ~= nil or l:match("[%-_]dl$") ~= nil or l:match("[%-_]dl[%-_.]") ~= nil
end

return {
  id = "resilience.queue-without-dead-letter",
  title = "Queue has no dead-letter queue",
  severity = "low",
  tags = { "resilience", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
A message that always fails to process returns to the queue again and again: it burns consumer time, blocks FIFO
groups, and is silently dropped when its retention ends. Reported for an SQS queue without `redrive_policy`
(`RedrivePolicy`) and a Pub/Sub subscription without `dead_letter_policy`.

Not reported: queues that are dead-letter queues (named `*dlq*`, `*dead*`, `*poison*`, with a
`redrive_allow_policy`, or named in a redrive policy or dead-letter configuration of another queue, SNS
subscription, function or event target of the same folder or template),
queues given a redrive policy by an `aws_sqs_queue_redrive_policy` of the same folder, Azure Service Bus queues
(which always dead-letter after their maximum delivery count), and unknown values.

Fix: a dead-letter queue with `maxReceiveCount` (SQS) or `max_delivery_attempts` (Pub/Sub), and an alarm on its
depth.
See docs/rules/resilience/queue-without-dead-letter.md.]],
  references = {
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html",
    "https://cloud.google.com/pubsub/docs/handling-failures",
  },
  check = function(repo, ctx)
    -- what names a queue as a dead-letter target, or gives it a redrive policy
    -- (a queue's or an SNS subscription's redrive policy, a function's or an event target's dead-letter config)
    local referenced = refs.index(repo, function(other)
      local a = other.attributes
      if tg.type(a) ~= "map" then return nil end
      if other.type == "aws_sqs_queue_redrive_policy" then return a end
      local list = refs.under_keys(a, "^redrive_?policy$")
      return refs.under_keys(a, "dead_?letter", list)
    end)
    for _, doc in ipairs(repo:documents("resource")) do
      local item = doc.root
      if kTypes[item.type] and item.dead_letter == nil then
        local a = item.attributes
        if tg.type(a) ~= "map" then a = {} end
        do
          local name = a.name or a.QueueName
          local dead = named_dead_letter(item.name) or named_dead_letter(name)
            or a.redrive_allow_policy ~= nil or a.RedriveAllowPolicy ~= nil or a.name_prefix ~= nil and named_dead_letter(a.name_prefix)
          if not dead and item.type ~= "google_pubsub_subscription" then
            -- the target of another queue's redrive policy, or given one by aws_sqs_queue_redrive_policy
            dead = referenced(doc, { item.address, name })
          end
          if not dead then
            res.report_absent(ctx, item, tg.excerpt(item.address) .. " has no dead-letter queue for messages that keep failing")
          end
        end
      end
    end
  end,
}

-- security.spoofable-bot-condition: a GitHub condition that trusts a run because `github.actor` names a bot
-- (pipeline model).
local pl = tg.lib("pipeline")

-- `github.actor` (or `triggering_actor`, in dot or index form) compared equal with a `...[bot]` login, on either
-- side. Context names are case-insensitive in GitHub expressions.
local ACTOR = [=[github\s*(?:\.\s*(?:triggering_)?actor\b|\[\s*'(?:triggering_)?actor'\s*\])]=]
local BOT = [=['[^']*\[bot\]']=]
local ACTOR_IS_BOT = tg.re("(?i)" .. ACTOR .. [=[\s*==\s*]=] .. BOT .. "|" .. BOT .. [=[\s*==\s*]=] .. ACTOR)
-- The pull request's author compared too: that login is the bot's own and cannot be borrowed, so the condition
-- holds only for the bot's pull requests.
local AUTHOR_IS_BOT = tg.re([=[(?i)github\.event\.pull_request\.user\.login\s*==\s*'[^']*\[bot\]']=])

-- The triggers on which somebody else's change runs with the actor a bot can be made to be: high where the run
-- has the base repository's secrets and write token (pull_request_target, workflow_run), low on a pull request
-- or comment, whose run from a fork has neither.
local function exposure(p)
  local level
  for _, t in ipairs(p.triggers) do
    if t.event == "pull_request_target" then return "high" end
    if t.event == "pull_request" or t.raw == "issue_comment" or t.raw == "pull_request_review"
        or t.raw == "pull_request_review_comment" then
      level = "low"
    end
  end
  return level
end

return {
  id = "security.spoofable-bot-condition",
  title = "Condition trusts a bot by github.actor",
  severity = "high",
  tags = { "security", "pipeline", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
`github.actor` is the account that caused the latest event of a run, not the author of the code it runs. An
attacker can get a bot to be that account on their own pull request (a fork where the attacker asks Dependabot
to rebase its branch, then opens a pull request from it), so `if: github.actor == 'dependabot[bot]'` lets their
code through a gate meant for the bot's updates. Reported at the `if:` of a job or step in a workflow that runs
for pull requests, comments or `workflow_run`: high where the run has the repository's secrets and write token
(`pull_request_target`, `workflow_run`), low otherwise. Not reported when the condition also tests the pull
request's author (`github.event.pull_request.user.login`). Fix: test the author, not the actor. See
docs/rules/security/spoofable-bot-condition.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#github-context",
    "https://boostsecurity.io/blog/weaponizing-dependabot-pwn-request-at-its-finesticd-with-style-lotp-guide",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local severity = exposure(p)
    if severity == nil then return end
    local function check(x, what)
      local text = x.condition and x.condition.text
      if type(text) ~= "string" or not ACTOR_IS_BOT:match(text) or AUTHOR_IS_BOT:match(text) then return end
      ctx:report{ at = x, key = "condition", severity = severity,
        message = what .. " trusts the run because github.actor is a bot, but the actor is whoever caused the "
          .. "last event, which an attacker can arrange: test github.event.pull_request.user.login" }
    end
    for _, job in ipairs(p.jobs) do
      check(job, "job '" .. tg.excerpt(job.id) .. "'")
      for i, step in ipairs(job.steps) do
        check(step, "step '" .. tg.excerpt(pl.step_label(step, i)) .. "' of job '" .. tg.excerpt(job.id) .. "'")
      end
    end
  end,
}

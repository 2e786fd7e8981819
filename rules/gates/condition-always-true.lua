-- gates.condition-always-true: a GitHub `if:` that is text with an expression in it, which is always true
-- (pipeline model).
local pl = tg.lib("pipeline")

-- Whether GitHub reads the condition as text with expressions substituted into it: `${{ }}` with anything around
-- it (a block scalar's final newline, words, a second `${{ }}`, even a space in a quoted string). Any such text
-- that is not empty is true.
local function is_text(condition)
  if type(condition) ~= "string" or not condition:find("${{", 1, true) then return false end
  local inner = condition:match("^%${{(.*)}}$")
  if inner == nil then return true end
  return inner:find("}}", 1, true) ~= nil
end

-- Whether the condition guards a delivery (medium): a deploy or publish that runs when it should not. A test or
-- scan that runs more often than meant is not a hole (low).
local function guards_delivery(job, step)
  if step ~= nil then return step.does.deploy or step.does.publish end
  return pl.delivers(job)
end

return {
  id = "gates.condition-always-true",
  title = "GitHub condition is text, so it is always true",
  severity = "medium",
  tags = { "gates", "github-actions" },
  applies_to = { "pipeline" },
  help = [[
GitHub evaluates an `if:` that is exactly one `${{ ... }}` expression (or a bare expression) as a boolean. When
the value has anything else around the expression (the newline that a `|` or `>` block scalar ends with, words,
or two `${{ }}` joined by `&&` outside them), GitHub substitutes the expressions into text, and any text that is
not empty is true: the job or step runs whatever the expression says. Reported at the condition of a job or
step. Medium when it guards a deploy or a publish; low otherwise. Fix: write the
condition as one expression (`if: ${{ a && b }}`, or `|-` to drop the block scalar's newline).
See docs/rules/gates/condition-always-true.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions",
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idif",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local function report(x, what, job, step)
      if not (x.condition and is_text(x.condition.text)) then return end
      ctx:report{ at = x, key = "condition", severity = guards_delivery(job, step) and "medium" or "low",
        message = what .. " has a condition that GitHub reads as text with an expression in it, and any text is "
          .. "true: it runs whatever the expression says" }
    end
    for _, job in ipairs(p.jobs) do
      report(job, "job '" .. tg.excerpt(job.id) .. "'", job, nil)
      for i, step in ipairs(job.steps) do
        report(step, "step '" .. tg.excerpt(pl.step_label(step, i)) .. "' of job '" .. tg.excerpt(job.id) .. "'", job, step)
      end
    end
  end,
}

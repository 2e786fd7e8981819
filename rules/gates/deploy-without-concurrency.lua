-- gates.deploy-without-concurrency: a production deploy that two pipeline runs can execute at once (pipeline
-- model: GitHub Actions and GitLab CI, where serialising is opt-in).
local pl = tg.lib("pipeline")
local HINT = { ["github-actions"] = "add a concurrency group", ["gitlab-ci"] = "add a resource_group" }
return {
  id = "gates.deploy-without-concurrency",
  title = "Production deploy has no concurrency control",
  severity = "low",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
Two pipeline runs deploying to production at once (two merges a minute apart) race: the older change can finish
last and win, and tools like Terraform fight over the state lock. GitHub Actions (`concurrency:`) and GitLab CI
(`resource_group:`) only serialise jobs when asked to. Reported on a production deploy job with neither on the
job nor, for GitHub, on the workflow. Azure deployment jobs, Bitbucket deployments and Jenkins are not reported:
they serialise by environment or build by default or by settings outside the file. See
docs/rules/gates/deploy-without-concurrency.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#concurrency",
    "https://docs.gitlab.com/ci/resource_groups/",
  },
  check = function(doc, ctx)
    local p = doc.root
    if HINT[p.dialect] == nil or p.concurrency ~= nil then return end
    for _, job in ipairs(p.jobs) do
      if job.concurrency == nil and job.uses == nil and pl.deploys_to_production(job) then
        ctx:report{ at = job, key = "id", on = "key",
          message = "job '" .. tg.excerpt(job.id) .. "' deploys to production with no concurrency control (" .. HINT[p.dialect] .. ")" }
      end
    end
  end,
}

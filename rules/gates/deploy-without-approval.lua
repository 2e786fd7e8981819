-- gates.deploy-without-approval: production deploys with no approval gate, in every CI dialect (pipeline model).
local pl = tg.lib("pipeline")
return {
  id = "gates.deploy-without-approval",
  title = "Production deploy job has no approval gate",
  severity = "high",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A job that deploys to production should wait for a person's approval: a GitHub environment (whose protection
rules add reviewers), a GitLab `when: manual` job, an Azure deployment job's environment, a Bitbucket
`trigger: manual` step, a Jenkins `input`. Reported on a job that deploys to production (its environment is a
production one, or it runs a deploy command or action that names production, or its name says it deploys to
production) and that nothing gates. Jobs that call a reusable workflow or trigger another pipeline are left to
that file. See docs/rules/gates/deploy-without-approval.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/deployments-and-environments",
    "https://docs.gitlab.com/ci/yaml/#when",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/approvals",
    "https://support.atlassian.com/bitbucket-cloud/docs/configure-bitbucket-pipelinesyml/",
    "https://www.jenkins.io/doc/pipeline/steps/pipeline-input-step/",
  },
  check = function(doc, ctx)
    local p = doc.root
    for _, job in ipairs(p.jobs) do
      if job.gate == nil and job.uses == nil and pl.deploys_to_production(job) then
        ctx:report{ at = job, key = "id", on = "key",
          message = "job '" .. tg.excerpt(job.id) .. "' deploys to production with no approval gate ("
            .. pl.GATE_HINT[p.dialect] .. ")" }
      end
    end
  end,
}

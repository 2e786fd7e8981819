-- gates.deploy-on-pull-request: a job deploys when a pull request runs the pipeline, so code that nobody has
-- reviewed or merged reaches a shared environment (pipeline model, every CI dialect).
local pl = tg.lib("pipeline")
return {
  id = "gates.deploy-on-pull-request",
  title = "Deploy runs on pull-request events",
  severity = "high",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A job that deploys and runs for pull requests puts a change into an environment before anyone has reviewed or
merged it: whoever opens the pull request decides what the deploy runs, with the deploy's credentials.

The pipeline model says which jobs run for pull requests (`on_pull_request`): GitHub Actions jobs of a workflow
triggered by `pull_request` or `pull_request_target` whose `if:` does not test the ref or the event; GitLab CI
jobs whose `rules:` select merge request pipelines (or `only: [merge_requests]`); Azure Pipelines jobs of a
pipeline with `pr:` written whose condition does not test the branch or build reason, or whose condition selects
pull requests; every step of a Bitbucket `pull-requests:` pipeline; Jenkins stages with `when { changeRequest() }`.
A job that waits for one that is skipped on pull requests is skipped too.

Reported at the first deploy command (or deploy step) of such a job. Not reported: jobs a person must approve
first (an environment, `when: manual`, an input step), trial deploys (a job that tests, or whose name says
preview, review, e2e, test, ...), and deploys to an environment whose tier is testing, development or unknown
(review apps named `review/$CI_COMMIT_REF_SLUG`). Fix: deploy from the default branch after merge; preview
changes in throwaway environments. See docs/rules/gates/deploy-on-pull-request.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request",
    "https://docs.gitlab.com/ci/pipelines/merge_request_pipelines/",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/repos/github#pr-triggers",
    "https://support.atlassian.com/bitbucket-cloud/docs/pipeline-start-conditions/",
  },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      local env = job.environment
      local tier = env and env.tier
      local skip = not job.on_pull_request or job.gate ~= nil or not job.does.deploy or pl.is_trial(job)
        or (env ~= nil and tier ~= "production" and tier ~= "staging")
      if not skip then
        for i, step in ipairs(job.steps) do
          if step.on_pull_request and step.does.deploy
              and step.target ~= "testing" and step.target ~= "development" then
            local at = step
            for _, cmd in ipairs(step.commands) do
              if cmd.does.deploy then at = cmd break end
            end
            local where = tier and (" to " .. tier) or (step.target and (" to " .. step.target) or "")
            ctx:report{ at = at,
              message = "job '" .. tg.excerpt(job.id) .. "' deploys" .. where .. " when a pull request runs the pipeline ("
                .. tg.excerpt(pl.step_label(step, i)) .. "): unreviewed code reaches the environment" }
            break
          end
        end
      end
    end
  end,
}

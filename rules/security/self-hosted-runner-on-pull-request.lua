-- security.self-hosted-runner-on-pull-request: a job on the organisation's own machines runs code from pull
-- requests (pipeline model; GitHub Actions, where fork pull requests reach the base repository's runners).
return {
  id = "security.self-hosted-runner-on-pull-request",
  title = "Self-hosted runner runs pull request code",
  severity = "medium",
  tags = { "security", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A workflow triggered by `pull_request` or `pull_request_target` with a job on a self-hosted runner (`runs-on:`
with `self-hosted`, or a runner group) lets a pull request, from a fork of a public repository too, run its code
on a machine of yours that persists between jobs and sits in your network. GitHub advises self-hosted runners
for private repositories only. Reported at the job's `runs-on`. See
docs/rules/security/self-hosted-runner-on-pull-request.md.]],
  references = {
    "https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    local pr
    for _, t in ipairs(p.triggers) do
      if t.raw == "pull_request" or t.raw == "pull_request_target" then pr = t.raw end
    end
    if pr == nil then return end
    for _, job in ipairs(p.jobs) do
      if job.runner and job.runner.self_hosted == true then
        ctx:report{ at = job, key = "runner",
          message = "job '" .. tg.excerpt(job.id) .. "' runs " .. pr .. " code on a self-hosted runner" }
      end
    end
  end,
}

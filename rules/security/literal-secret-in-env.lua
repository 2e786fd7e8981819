-- security.literal-secret-in-env: secrets written into an ECS container definition's environment (workload model).
local wl = tg.lib("workload")
return {
  id = "security.literal-secret-in-env",
  title = "Container environment holds a literal secret",
  severity = "high",
  tags = { "security", "secrets", "ecs" },
  applies_to = { "workload" },
  help = [[
A secret in a task definition's `environment` is stored in plain text in the task definition, shown to anyone
who can describe it, written to Terraform state and CloudFormation templates, and the same in every environment.
Reported for an ECS container definition (Terraform `container_definitions`, CloudFormation
`ContainerDefinitions`) whose environment variable is named like a secret and holds a literal value, judged
exactly as secrets.generic-literal-assignment judges one (`tg.secret_assignment`): references, placeholders and
short values are not secrets.

Scope: only ECS. Kubernetes `env`, compose `environment`, Helm values and Dockerfile `ENV` are already read by
secrets.generic-literal-assignment, which reports the same values; one problem gets one finding. ECS
definitions are the ones that rule cannot see (inside `jsonencode(...)`, a JSON heredoc, or PascalCase `Name` and
`Value` keys). Fix: move the value to `secrets` with `valueFrom` (Secrets Manager or SSM Parameter Store).
See docs/rules/security/literal-secret-in-env.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "ecs" then return end
    for _, c in ipairs(wl.all_containers(w)) do
      for _, e in ipairs(c.env) do
        local name, value = e.name, e.value
        if type(name) == "string" and (type(value) == "string" or math.type(value) == "integer")
            and tg.secret_assignment(name, value) == "secret" then
          ctx:report{ at = e, key = "value", secret = tostring(value),
            message = wl.container_label(w, c) .. " sets '" .. tg.excerpt(name) .. "' to a literal secret; use secrets with valueFrom" }
        end
      end
    end
  end,
}

-- security.privileged-container: containers that run privileged (workload model).
local wl = tg.lib("workload")
return {
  id = "security.privileged-container",
  title = "Container runs privileged",
  severity = "high",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
A privileged container has every capability and sees every device of the host: a process that escapes the
application owns the node, and every other container on it. Reported where a container sets
`securityContext.privileged: true` (Kubernetes, Helm values), `privileged: true` (compose), or
`"privileged": true` (ECS). Fix: grant the one capability the workload needs (`capabilities.add`) instead, or
run the node-level agent that truly needs it in a dedicated, audited namespace and suppress with a reason.
See docs/rules/security/privileged-container.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    "https://docs.docker.com/reference/cli/docker/container/run/#privileged",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, c in ipairs(wl.all_containers(w)) do
      local sec = c.security
      if tg.type(sec) == "map" and sec.privileged == true then
        ctx:report{ at = sec, key = "privileged",
          message = wl.container_label(w, c) .. " runs privileged, with every capability and device of the host" }
      end
    end
  end,
}

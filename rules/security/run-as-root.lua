-- security.run-as-root: containers told to run as root (workload model).
local wl = tg.lib("workload")
return {
  id = "security.run-as-root",
  title = "Container is set to run as root",
  severity = "medium",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
A container whose user is root (uid 0) turns any code execution in it into root in the container, one kernel
bug away from root on the node, and can write everywhere in its filesystem. Reported where the user is set to
root explicitly: Kubernetes `runAsUser: 0` (the container's or the pod's security context), Helm values'
`securityContext`/`podSecurityContext`, compose `user: root` or `"0"`, ECS `"user": "root"`, and a Dockerfile
whose final stage ends with `USER root` or `USER 0`. A user that is unset is left to
security.missing-run-as-non-root (Kubernetes) and security.image-runs-as-root (Dockerfile). Fix: run as a
dedicated non-root user (`USER 10001`, `runAsUser: 10001`, `runAsNonRoot: true`).
See docs/rules/security/run-as-root.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
    "https://docs.docker.com/reference/dockerfile/#user",
  },
  check = function(doc, ctx)
    local w = doc.root
    -- A pod-level runAsUser is every container's: one finding where it is written, naming the containers.
    local places, order = {}, {}
    for _, c in ipairs(wl.all_containers(w)) do
      local sec = c.security
      if tg.type(sec) == "map" and wl.root_user(sec.run_as_user) then
        local s = tg.span(sec, "run_as_user")
        local k = s.line .. ":" .. s.col
        if places[k] == nil then
          places[k] = { sec = sec, containers = {} }
          order[#order + 1] = k
        end
        table.insert(places[k].containers, c)
      end
    end
    for _, k in ipairs(order) do
      local p = places[k]
      local who
      if #p.containers == 1 then
        who = wl.container_label(w, p.containers[1]) .. " is"
      else
        local names = {}
        for _, c in ipairs(p.containers) do names[#names + 1] = "'" .. tg.excerpt(tostring(c.name or "?")) .. "'" end
        who = "containers " .. table.concat(names, ", ") .. " of " .. wl.label(w) .. " are"
      end
      ctx:report{ at = p.sec, key = "run_as_user", message = who .. " set to run as root" }
    end
  end,
}

-- resilience.restart-policy: long-running services that are not restarted when they exit (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.restart-policy",
  title = "Long-running service is not restarted when it stops",
  severity = "medium",
  tags = { "resilience", "compose", "kubernetes" },
  applies_to = { "workload" },
  help = [[
A service that is not restarted stays down after a crash, an out-of-memory kill or a host reboot, until someone
notices. Reported for:
- a production docker-compose service (its file's path names production, or the rule's option `all: true`)
  with no `restart` (the default is `no`) or `restart: "no"`; development compose files rightly leave it out;
- a Kubernetes Pod with `restartPolicy: Never` whose containers declare ports (a server, not a one-off task).
Not reported: Jobs and CronJobs, Pods without ports, compose files that are not production. Fix: `restart:
unless-stopped` (or `always`, or `deploy.restart_policy`); run servers as a Deployment rather than a bare Pod.
See docs/rules/resilience/restart-policy.md.]],
  references = {
    "https://docs.docker.com/reference/compose-file/services/#restart",
    "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
  },
  check = function(doc, ctx)
    local w = doc.root
    local src = w.source
    if src == "docker-compose" then
      local why = wl.production(w, doc, ctx.options)
      if why == nil then return end
      local rp = w.restart_policy
      if rp == nil then
        ctx:report{ at = w, key = "name",
          message = wl.label(w) .. " has no restart policy, so it stays down after a crash (" .. why .. ")" }
      elseif rp == "no" or rp == "none" then
        ctx:report{ at = w, key = "restart_policy",
          message = wl.label(w) .. " is never restarted, so it stays down after a crash (" .. why .. ")" }
      end
    elseif src == "kubernetes" and w.kind == "Pod" and w.restart_policy == "Never" then
      for _, c in ipairs(wl.containers(w)) do
        if c.init ~= true and #c.ports > 0 then
          ctx:report{ at = w, key = "restart_policy",
            message = wl.label(w) .. " serves on a port but has restartPolicy Never, so it stays down after a crash" }
          return
        end
      end
    end
  end,
}

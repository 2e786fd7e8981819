-- resilience.missing-health-probes: long-running containers that nothing checks for health (workload model).
local wl = tg.lib("workload")
return {
  id = "resilience.missing-health-probes",
  title = "Long-running container has no readiness or liveness probe",
  severity = "medium",
  tags = { "resilience", "kubernetes", "ecs" },
  applies_to = { "workload" },
  help = [[
Without a readiness probe, a container receives traffic as soon as it starts and keeps receiving it when it
cannot serve; without a liveness probe, a hung process is never restarted. Reported once per missing probe per
regular container of a Kubernetes Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Argo
Rollout, OpenShift DeploymentConfig or long-running Pod, located at the container's `name`; and, at low
severity, for an ECS container definition with no `healthCheck` (ECS does not run a `HEALTHCHECK` baked into
the image) or a compose service whose `healthcheck` is switched off.

Not reported: init containers (including native sidecars), Jobs, CronJobs, Pods a Job owns, Pods with
`restartPolicy: Never` or `OnFailure`, containers of bare Pods that declare no port (clients, tool shells), ECS
containers marked `essential: false`, Kustomize patches and other fragments, Helm values (the chart may
define the probes), compose services that say nothing (the image's own `HEALTHCHECK` applies) and
Dockerfiles (see resilience.image-without-healthcheck).

Fix: add an HTTP, TCP, gRPC or exec probe for each; give the liveness probe a looser threshold than the
readiness probe, and use a `startupProbe` for slow starters. See docs/rules/resilience/missing-health-probes.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_healthcheck",
    "https://docs.docker.com/reference/compose-file/services/#healthcheck",
  },
  check = function(doc, ctx)
    local w = doc.root
    local src = w.source
    if src == "docker-compose" then
      for _, c in ipairs(wl.containers(w)) do
        local h = c.probes.health
        if h ~= nil and h.disabled == true then
          ctx:report{ at = h, key = "disabled", severity = "low",
            message = wl.label(w) .. " switches off its image's health check, so a hung process is never noticed" }
        end
      end
      return
    end
    if src ~= "kubernetes" and src ~= "ecs" then return end
    if not wl.complete(w) or not wl.long_running(w) then return end
    for _, c in ipairs(wl.containers(w)) do
      -- A bare Pod whose containers declare no port is a client or a tool shell (`sleep infinity`), not a service.
      if c.init ~= true and (w.kind ~= "Pod" or #c.ports > 0) then
        local at, key = wl.container_at(c)
        local probes = c.probes
        local what = wl.container_label(w, c)
        if src == "ecs" then
          -- A container marked not essential (a log router, a one-off helper) does not stop the task when it stops.
          if probes.health == nil and c.essential ~= false and c.essential ~= "false" then
            ctx:report{ at = at, key = key, severity = "low",
              message = what .. " has no healthCheck, so ECS never replaces it when it hangs" }
          end
        else
          if probes.readiness == nil then
            ctx:report{ at = at, key = key,
              message = what .. " has no readinessProbe, so it gets traffic before it is ready" }
          end
          if probes.liveness == nil then
            ctx:report{ at = at, key = key,
              message = what .. " has no livenessProbe, so a hung process is never restarted" }
          end
        end
      end
    end
  end,
}

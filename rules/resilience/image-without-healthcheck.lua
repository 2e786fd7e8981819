-- resilience.image-without-healthcheck: server images with no HEALTHCHECK (workload model, Dockerfile).
local wl = tg.lib("workload")
return {
  id = "resilience.image-without-healthcheck",
  title = "Server image has no HEALTHCHECK",
  severity = "low",
  tags = { "resilience", "dockerfile" },
  applies_to = { "workload" },
  help = [[
`docker run`, Docker Swarm and docker-compose (`depends_on: condition: service_healthy`) learn that a container
is hung only from the image's `HEALTHCHECK`. Reported for a Dockerfile whose final image exposes a port (a
server) and has no `HEALTHCHECK` along its stages, or switches it off with `HEALTHCHECK NONE`. Not reported:
images that expose nothing (tools, build and CLI images). Kubernetes and ECS ignore `HEALTHCHECK` and use their
own probes (resilience.missing-health-probes), which is why this is its own rule, at low severity. Fix: add
`HEALTHCHECK CMD ...` that checks the served port. See docs/rules/resilience/image-without-healthcheck.md.]],
  references = {
    "https://docs.docker.com/reference/dockerfile/#healthcheck",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "dockerfile" then return end
    for _, c in ipairs(wl.containers(w)) do
      if #c.ports > 0 then
        local h = c.probes.health
        if h == nil then
          ctx:report{ at = c.ports[1], key = "container_port",
            message = "the image exposes a port but has no HEALTHCHECK, so Docker never learns it is hung" }
        elseif h.disabled == true then
          ctx:report{ at = h, key = "disabled",
            message = "HEALTHCHECK NONE switches off the base image's health check of a server image" }
        end
      end
    end
  end,
}

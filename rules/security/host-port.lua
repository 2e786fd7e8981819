-- security.host-port: Kubernetes containers that bind a port of the node (workload model).
local wl = tg.lib("workload")
return {
  id = "security.host-port",
  title = "Container binds a port on the node",
  severity = "medium",
  tags = { "security", "kubernetes" },
  applies_to = { "workload" },
  help = [[
A Kubernetes container port with `hostPort` opens that port on every node the pod lands on, outside the
cluster's Services and NetworkPolicies: the workload is reachable from wherever the node is, and it can take a
port a node service needs. Two replicas with the same host port cannot share a node, so scheduling fails silently
as the workload scales. Pod Security Standards restrict host ports at the Baseline level.

Reported for Kubernetes manifests only: a docker-compose `ports:` mapping is how compose publishes a service,
and ECS host ports follow the network mode. Not reported: `hostPort: 0` (unset) and `hostNetwork` pods (see
security.host-namespaces). Fix: expose the port through a Service (`NodePort` or `LoadBalancer` when it must be
reached from outside), or an Ingress. See docs/rules/security/host-port.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/overview/#services",
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or w.host_network == true then return end
    for _, c in ipairs(wl.containers(w)) do
      local ports = c.ports
      if tg.type(ports) == "seq" then
        for _, p in ipairs(ports) do
          local hp = p.host_port
          if math.type(hp) == "integer" and hp > 0 then
            ctx:report{ at = p, key = "host_port",
              message = wl.container_label(w, c) .. " binds port " .. hp .. " on the node, outside Services and network policies" }
          end
        end
      end
    end
  end,
}

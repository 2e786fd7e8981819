-- security.host-namespaces: workloads that share the host's network, process or IPC namespace (workload model).
local wl = tg.lib("workload")

local WHAT = {
  { "host_network", "the host's network (it can reach every local service and sniff the node's traffic)" },
  { "host_pid", "the host's process namespace (it can see and signal every process of the node)" },
  { "host_ipc", "the host's IPC namespace (it can read shared memory of the node's processes)" },
}

return {
  id = "security.host-namespaces",
  title = "Workload shares a host namespace",
  severity = "high",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
Sharing the host's network, PID or IPC namespace removes the isolation between the container and the node.
Reported for `hostNetwork`, `hostPID`, `hostIPC: true` (Kubernetes, Helm values), compose `network_mode`, `pid`
or `ipc: host`, and ECS `network_mode`/`pid_mode`/`ipc_mode` `host`. Fix: use a Service or a port for
networking; node agents that need it belong in a dedicated namespace, reviewed and suppressed with a reason.
See docs/rules/security/host-namespaces.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    "https://docs.docker.com/reference/compose-file/services/#network_mode",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, pair in ipairs(WHAT) do
      if w[pair[1]] == true then
        ctx:report{ at = w, key = pair[1], message = wl.label(w) .. " shares " .. pair[2] }
      end
    end
  end,
}

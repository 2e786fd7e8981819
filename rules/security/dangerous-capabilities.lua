-- security.dangerous-capabilities: containers that add Linux capabilities close to root (workload model).
local wl = tg.lib("workload")

-- Capabilities that amount to root on the host or let a process break out, with what each gives.
local DANGEROUS = {
  ALL = "every capability",
  SYS_ADMIN = "mount, namespaces and much of root",
  NET_ADMIN = "control of the network stack (routes, firewall, interfaces)",
  SYS_PTRACE = "tracing and reading other processes' memory",
  SYS_MODULE = "loading kernel modules",
  SYS_RAWIO = "raw I/O to devices and memory",
  DAC_READ_SEARCH = "reading any file (and open_by_handle_at escapes)",
  SYS_BOOT = "rebooting the node",
  BPF = "loading eBPF programs into the kernel",
  NET_RAW = "raw sockets, which forge packets and spoof ARP and DNS on the node's network",
}
-- Outside the Pod Security Standards' baseline, but a network attack rather than root: medium.
local MEDIUM = { NET_RAW = true }

return {
  id = "security.dangerous-capabilities",
  title = "Container adds a dangerous Linux capability",
  severity = "high",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
Some capabilities are root in all but name: `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE`,
`SYS_RAWIO`, `DAC_READ_SEARCH`, `SYS_BOOT`, `BPF`; `NET_RAW` (medium) forges packets on the node's network.
Reported for each one a container adds (Kubernetes
`capabilities.add`, compose `cap_add`, ECS `linuxParameters.capabilities.add`), with or without the `CAP_`
prefix, in any case. Not reported: the narrow ones (`NET_BIND_SERVICE`, `CHOWN`, ...). Fix: drop `ALL` and
add back only the narrow capability the process needs; a node agent that needs one of these belongs in a
reviewed namespace, suppressed with a reason. See docs/rules/security/dangerous-capabilities.md.]],
  references = {
    "https://man7.org/linux/man-pages/man7/capabilities.7.html",
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, c in ipairs(wl.all_containers(w)) do
      local sec = c.security
      local caps = tg.type(sec) == "map" and sec.capabilities or nil
      local add = caps and caps.add
      if tg.type(add) == "seq" then
        for i, cap in ipairs(add) do
          if type(cap) == "string" then
            local name = cap:upper():gsub("^CAP_", "")
            local why = DANGEROUS[name]
            if why then
              ctx:report{ at = add, key = i, severity = MEDIUM[name] and "medium" or nil,
                message = wl.container_label(w, c) .. " adds capability " .. name .. ": " .. why }
            end
          end
        end
      end
    end
  end,
}

-- security.sensitive-host-path: workloads that mount a sensitive folder of the host (workload model).
local wl = tg.lib("workload")

-- Folders of the host whose contents give away the node: its whole filesystem, configuration and credentials,
-- kernel interfaces, the runtime's state, the kubelet's secrets, users' homes.
local SENSITIVE = {
  ["/"] = true, ["/etc"] = true, ["/root"] = true, ["/home"] = true, ["/proc"] = true, ["/sys"] = true,
  ["/dev"] = true, ["/boot"] = true, ["/lib/modules"] = true, ["/var/lib/kubelet"] = true,
  ["/var/lib/docker"] = true, ["/var/lib/containerd"] = true, ["/run/containerd"] = true,
  ["/var/run/containerd"] = true, ["/run/crio"] = true, ["/var/run/crio"] = true, ["/etc/kubernetes"] = true,
  ["/var/lib/etcd"] = true, ["/usr"] = true, ["/bin"] = true, ["/sbin"] = true, ["/lib"] = true,
}

-- Files under a sensitive folder that hold nothing secret, mounted to share the host's time zone: reported only
-- when written read-write (a compose bind mount without `:ro`).
local TIME_ZONE = { ["/etc/localtime"] = true, ["/etc/timezone"] = true }

-- The sensitive folder a host path is or lies in ("/etc/ssl/certs" is in "/etc"), and whether it is that folder;
-- nil when it is neither.
local function sensitive(path)
  local p = path:gsub("/+$", "")
  if p == "" then p = "/" end
  if SENSITIVE[p] then return p, true end
  local cur = p
  while true do
    cur = cur:match("^(.*)/[^/]*$")
    if cur == nil or cur == "" then return nil end
    if SENSITIVE[cur] and cur ~= "/usr" and cur ~= "/dev" and cur ~= "/boot" then return cur, false end
  end
end

return {
  id = "security.sensitive-host-path",
  title = "Workload mounts a sensitive host path",
  severity = "high",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
A container that mounts the host's `/`, `/etc`, `/root`, `/home`, `/proc`, `/sys`, `/dev`, `/boot`,
`/lib/modules`, `/usr`, `/bin`, `/lib`, the kubelet's or the container runtime's state (`/var/lib/kubelet`,
`/var/lib/docker`, `/var/lib/containerd`, `/run/containerd`), `/etc/kubernetes` or `/var/lib/etcd` (or anything
under them, except under `/usr`, `/dev` and `/boot`) can read the node's credentials and other pods' secrets, or
change the node itself. Reported for Kubernetes `hostPath` volumes, compose bind mounts and ECS host volumes; the
Docker socket is security.docker-socket-mount's; `/etc/localtime` and `/etc/timezone` are not reported unless a
compose bind mount makes them writable. Fix: mount only the specific file or folder the workload
needs, read-only; for node agents, review and suppress with a reason.
See docs/rules/security/sensitive-host-path.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, v in ipairs(w.volumes) do
      local hp = v.host_path
      if type(hp) == "string" and v.docker_socket ~= true and hp:sub(1, 1) == "/"
          and not (TIME_ZONE[hp] and v.read_only ~= false) then
        local s, exact = sensitive(hp)
        if s then
          ctx:report{ at = v, key = "host_path",
            message = wl.label(w) .. " mounts the host's '" .. tg.excerpt(hp) .. "'"
              .. (exact and "" or (", inside " .. s)) .. ", which exposes the node" }
        end
      end
    end
  end,
}

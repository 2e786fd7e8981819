-- security.docker-socket-mount: workloads that mount the Docker daemon's socket (workload model).
local wl = tg.lib("workload")
return {
  id = "security.docker-socket-mount",
  title = "Workload mounts the Docker socket",
  severity = "critical",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
The Docker socket is root on the host: whoever can talk to it can start a privileged container with the host's
filesystem mounted. Reported for a `hostPath` volume, a compose bind mount or an ECS host volume of
`/var/run/docker.sock` (or `/run/docker.sock`, or the `/var/run` and `/run` folders that hold it), read-only or
not (a read-only mount of a socket still lets a client send requests). Fix: build images with a daemonless
builder (BuildKit rootless, Kaniko, Buildah); give monitoring agents the container runtime's read-only API.
See docs/rules/security/docker-socket-mount.md.]],
  references = {
    "https://docs.docker.com/engine/security/#docker-daemon-attack-surface",
    "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, v in ipairs(w.volumes) do
      if v.docker_socket == true then
        ctx:report{ at = v, key = "host_path",
          message = wl.label(w) .. " mounts the Docker socket from '" .. tg.excerpt(v.host_path) .. "', which is root on the host" }
      end
    end
  end,
}

-- security.writable-root-filesystem: containers whose root filesystem is writable (workload model).
local wl = tg.lib("workload")
return {
  id = "security.writable-root-filesystem",
  title = "Container root filesystem is writable",
  severity = "low",
  tags = { "security", "kubernetes", "ecs" },
  applies_to = { "workload" },
  help = [[
A writable root filesystem lets an intruder drop tools and change the application's own files, and hides drift
from the image. Reported for regular containers of complete Kubernetes workloads and ECS task definitions that
do not set `readOnlyRootFilesystem: true` (`readonlyRootFilesystem` in ECS), and for compose services that set
`read_only: false`. Not reported: Helm values, Kustomize patches, init containers, compose services that say
nothing (compose is mostly local development). Fix: set it to true and mount an `emptyDir` (a tmpfs) where
the application writes. See docs/rules/security/writable-root-filesystem.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
  },
  check = function(doc, ctx)
    local w = doc.root
    local src = w.source
    for _, c in ipairs(wl.containers(w)) do
      local sec = c.security
      if c.init ~= true and tg.type(sec) == "map" then
        local ro = sec.read_only_root_filesystem
        if ro == false then
          ctx:report{ at = sec, key = "read_only_root_filesystem",
            message = wl.container_label(w, c) .. " has a writable root filesystem" }
        elseif ro == nil and (src == "kubernetes" or src == "ecs") and wl.complete(w) then
          local at, key = wl.container_at(c)
          ctx:report{ at = at, key = key,
            message = wl.container_label(w, c) .. " does not set a read-only root filesystem" }
        end
      end
    end
  end,
}

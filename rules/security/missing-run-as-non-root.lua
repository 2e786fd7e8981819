-- security.missing-run-as-non-root: Kubernetes containers that may run as root (workload model).
local wl = tg.lib("workload")
return {
  id = "security.missing-run-as-non-root",
  title = "Kubernetes container does not require a non-root user",
  severity = "low",
  tags = { "security", "kubernetes" },
  applies_to = { "workload" },
  help = [[
Unless a pod or container sets `runAsNonRoot: true` or a non-zero `runAsUser`, it runs as whatever user the
image names, which is root for most images. Reported once per regular container of a complete Kubernetes
workload (not a Kustomize patch) whose security context (or the pod's) sets neither. An explicit root user is
security.run-as-root's. Not reported: Helm values (the chart's templates may set it), init containers.
Fix: set `runAsNonRoot: true` in the pod's `securityContext` (and `runAsUser` when the image has no numeric
user). See docs/rules/security/missing-run-as-non-root.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or not wl.complete(w) then return end
    for _, c in ipairs(wl.containers(w)) do
      local sec = c.security
      if c.init ~= true and tg.type(sec) == "map" and sec.run_as_non_root ~= true then
        local u = sec.run_as_user
        -- A numeric non-root user, or one that is unknown (a template), says enough.
        if u == nil then
          local at, key = wl.container_at(c)
          local said = sec.run_as_non_root == false and "sets runAsNonRoot: false and no runAsUser"
            or "sets neither runAsNonRoot nor runAsUser"
          ctx:report{ at = at, key = key,
            message = wl.container_label(w, c) .. " " .. said .. ", so it runs as the image's user (often root)" }
        end
      end
    end
  end,
}

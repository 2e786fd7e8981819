-- security.privilege-escalation: containers that explicitly allow privilege escalation (workload model).
local wl = tg.lib("workload")
return {
  id = "security.privilege-escalation",
  title = "Container allows privilege escalation",
  severity = "medium",
  tags = { "security", "containers", "kubernetes" },
  applies_to = { "workload" },
  help = [[
`allowPrivilegeEscalation: true` lets a process gain more privileges than its parent (setuid binaries, file
capabilities): a foothold in the container can become root inside it. Reported where a container's security
context sets it to `true` (Kubernetes, Helm values), and on a compose service's `no-new-privileges:false`. Not
reported: containers that do not set it (the Pod
Security Standards' `restricted` profile, enforced by admission, asks for `false` everywhere; this rule reports
the files that ask for escalation on purpose). Fix: set `allowPrivilegeEscalation: false`.
See docs/rules/security/privilege-escalation.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  },
  check = function(doc, ctx)
    local w = doc.root
    for _, c in ipairs(wl.all_containers(w)) do
      local sec = c.security
      -- Privileged containers escalate anyway, and security.privileged-container reports them.
      if tg.type(sec) == "map" and sec.allow_privilege_escalation == true and sec.privileged ~= true then
        ctx:report{ at = sec, key = "allow_privilege_escalation",
          message = wl.container_label(w, c) .. " allows privilege escalation (setuid binaries can make it root)" }
      end
    end
  end,
}

-- security.seccomp-unconfined: containers told to run without a seccomp (or AppArmor) profile (workload model).
local wl = tg.lib("workload")

local WHAT = {
  { "seccomp", "seccomp", "every system call of the kernel is open to it" },
  { "apparmor", "AppArmor", "no mandatory access control confines its files and capabilities" },
}

return {
  id = "security.seccomp-unconfined",
  title = "Container runs with its seccomp or AppArmor profile switched off",
  severity = "medium",
  tags = { "security", "containers" },
  applies_to = { "workload" },
  help = [[
`seccompProfile.type: Unconfined` (or `appArmorProfile.type: Unconfined`) in a container's or the pod's
`securityContext`, and compose `security_opt: [seccomp:unconfined]` or `apparmor:unconfined`, remove the kernel
filter the container runtime applies by default: a process in the container can call every system call, including
the ones container escapes use. Pod Security Standards forbid it at the Baseline level.

Not reported: `RuntimeDefault`, `Localhost` profiles, and containers that say nothing (the runtime's default then
applies under Docker and compose; on Kubernetes an unset profile is a hardening gap, not this rule's subject).
Fix: remove the option, or write a `Localhost` profile that allows just the calls the workload needs.
See docs/rules/security/seccomp-unconfined.md.]],
  references = {
    "https://kubernetes.io/docs/tutorials/security/seccomp/",
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
    "https://docs.docker.com/engine/security/seccomp/",
  },
  check = function(doc, ctx)
    local w = doc.root
    local seen = {}
    for _, c in ipairs(wl.all_containers(w)) do
      local sec = c.security
      if tg.type(sec) == "map" then
        for _, what in ipairs(WHAT) do
          if sec[what[1]] == "Unconfined" then
            -- A pod-level profile is inherited by each container: one finding at the place that writes it.
            local s = tg.span(sec, what[1])
            local at = what[1] .. ":" .. s.line .. ":" .. s.col
            if not seen[at] then
              seen[at] = true
              ctx:report{ at = sec, key = what[1],
                message = wl.container_label(w, c) .. " runs with the " .. what[2] .. " profile Unconfined: " .. what[3] }
            end
          end
        end
      end
    end
  end,
}

-- resilience.identical-probes: a liveness probe that asks what the readiness probe asks, no more patiently
-- (workload model).
local wl = tg.lib("workload")

-- What a probe calls: its handler's type and target. Nil when a part cannot be known.
local HANDLER = { "type", "port", "path", "host", "scheme", "service" }

local function handler(p)
  local parts = {}
  for i, k in ipairs(HANDLER) do
    local v = p[k]
    if v ~= nil and tg.type(v) ~= "string" and tg.type(v) ~= "int" then return nil end
    parts[i] = v == nil and "" or tostring(v)
  end
  local cmd = p.command
  if cmd ~= nil then
    if tg.type(cmd) ~= "seq" then return nil end
    for _, a in ipairs(cmd) do
      if tg.type(a) ~= "string" and tg.type(a) ~= "int" then return nil end
      parts[#parts + 1] = tostring(a)
    end
  end
  return table.concat(parts, "\0")
end

-- How long the probe tolerates a failing check, in seconds: period x failureThreshold + timeout (the
-- Kubernetes defaults are 10, 3 and 1). Nil when a value is not a literal integer.
local function patience(p)
  local period, threshold, timeout = p.period or 10, p.failure_threshold or 3, p.timeout or 1
  if math.type(period) ~= "integer" or math.type(threshold) ~= "integer" or math.type(timeout) ~= "integer" then
    return nil
  end
  return period * threshold + timeout
end

return {
  id = "resilience.identical-probes",
  title = "Liveness probe is the readiness probe",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
Readiness answers "should this pod get traffic now?", liveness "is this process stuck beyond repair?". A
liveness probe that calls the same endpoint (or command) as the readiness probe, and gives up no later, fails
whenever the pod is merely not ready: a slow database or an overloaded pod makes the kubelet restart every
replica at once, turning a slowdown into an outage and a restart loop.

Reported for a container (Kubernetes, Helm values) whose liveness probe has the same handler as its readiness
probe (type, port, path, host, scheme, gRPC service, exec command) and tolerates failure no longer
(`periodSeconds` x `failureThreshold` + `timeoutSeconds`, with the Kubernetes defaults). Not reported: different
endpoints, a liveness probe that waits longer, TCP probes (an open port does not depend on anything else), and
values that are not literals. Fix: give liveness a cheap
endpoint that checks only the process itself (no dependencies), or at least a larger `failureThreshold`.
See docs/rules/resilience/identical-probes.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
    "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" and w.source ~= "helm-values" then return end
    for _, c in ipairs(wl.containers(w)) do
      local probes = c.probes
      local live = tg.type(probes) == "map" and probes.liveness or nil
      local ready = live ~= nil and probes.readiness or nil
      -- A TCP check only asks whether the port is open, which no dependency changes: identical ones are harmless.
      if tg.type(live) == "map" and tg.type(ready) == "map" and live.type ~= nil and live.type ~= "tcp" then
        local h = handler(live)
        if h ~= nil and h == handler(ready) then
          local pl, pr = patience(live), patience(ready)
          if pl ~= nil and pr ~= nil and pl <= pr then
            ctx:report{ at = probes, key = "liveness", on = "key",
              message = wl.container_label(w, c) .. " has a liveness probe identical to its readiness probe: a slow dependency restarts the pods instead of taking them out of traffic" }
          end
        end
      end
    end
  end,
}

-- resilience.mesh-without-outlier-detection: Istio DestinationRules that never eject a failing endpoint
-- (Kubernetes documents).
local k8s = tg.lib("kubernetes")

local function has_outlier(policy)
  if tg.type(policy) ~= "map" then return false end
  if policy.outlierDetection ~= nil then return true end
  local ports = policy.portLevelSettings
  if tg.type(ports) == "seq" then
    for _, p in ipairs(ports) do
      if tg.type(p) == "map" and p.outlierDetection ~= nil then return true end
    end
  end
  return false
end

return {
  id = "resilience.mesh-without-outlier-detection",
  title = "Service mesh destination has no outlier detection",
  severity = "low",
  tags = { "resilience", "kubernetes" },
  applies_to = { "kubernetes" },
  help = [[
Outlier detection is the mesh's circuit breaker: Envoy stops sending requests to an endpoint that keeps
failing (5xx, connection errors) and tries it again later. An Istio `DestinationRule` without
`trafficPolicy.outlierDetection` keeps sending a share of every caller's traffic to a crashed or overloaded
pod, so one bad replica turns into errors and timeouts for all its callers.

Reported on the `host` of a `DestinationRule` (networking.istio.io) whose traffic policy, port-level settings and
subsets write no `outlierDetection`. Not reported: a rule that sets it anywhere (top level, a port, a subset),
hosts that are not literals. Fix: add `trafficPolicy.outlierDetection` (`consecutive5xxErrors`, `interval`,
`baseEjectionTime`, `maxEjectionPercent`). See docs/rules/resilience/mesh-without-outlier-detection.md.]],
  references = {
    "https://istio.io/latest/docs/reference/config/networking/destination-rule/#OutlierDetection",
    "https://istio.io/latest/docs/tasks/traffic-management/circuit-breaking/",
  },
  check = function(doc, ctx)
    for _, obj in ipairs(k8s.objects(doc)) do
      local api = obj.apiVersion
      if obj.kind == "DestinationRule" and type(api) == "string" and api:find("istio.io", 1, true) then
        local spec = obj.spec
        local host = tg.type(spec) == "map" and k8s.text(spec.host) or nil
        if host ~= nil then
          local covered = has_outlier(spec.trafficPolicy)
          local subsets = spec.subsets
          if not covered and tg.type(subsets) == "seq" and #subsets > 0 then
            covered = true
            for _, sub in ipairs(subsets) do
              if tg.type(sub) ~= "map" or not has_outlier(sub.trafficPolicy) then covered = false end
            end
          end
          if not covered then
            ctx:report{ at = spec, key = "host",
              message = "DestinationRule for '" .. tg.excerpt(host) .. "' has no outlier detection: failing endpoints keep receiving traffic" }
          end
        end
      end
    end
  end,
}

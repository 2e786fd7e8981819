-- resilience.recreate-strategy: big-bang rollouts that stop every pod before starting new ones.
return {
  id = "resilience.recreate-strategy",
  title = "Deployment replaces all pods at once",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "kubernetes" },
  help = [[
`spec.strategy.type: Recreate` on a Deployment (or an OpenShift DeploymentConfig) kills every existing pod
before new ones start: each rollout is an outage, and a bad version takes the whole service down at once.
A `RollingUpdate` with `maxUnavailable: 100%` does the same and is reported too.

Not reported: StatefulSet and DaemonSet `updateStrategy: OnDelete` (not big-bang: pods change only when
deleted; that is a manual-change concern), `RollingUpdate` with any other budget, and workloads without a
`strategy` (the default is RollingUpdate with 25% unavailable).

Fix: use `RollingUpdate` (with a readiness probe so traffic only reaches ready pods), or a progressive
delivery controller (Argo Rollouts, Flagger) for canary or blue/green. If the app truly cannot run two
versions side by side (a single-writer volume), document it and suppress with a reason.
See docs/rules/resilience/recreate-strategy.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy",
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-unavailable",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "map" then return end
    local kind = root.kind
    if kind ~= "Deployment" and kind ~= "DeploymentConfig" then return end
    local strategy = tg.get(root, "spec.strategy")
    if tg.type(strategy) ~= "map" then return end
    local name = tg.get(root, "metadata.name")
    local label = kind .. " '" .. tostring(name or "?") .. "'"
    if strategy.type == "Recreate" then
      ctx:report{ at = strategy, key = "type",
        message = label .. " uses strategy Recreate, which stops every pod before starting new ones" }
      return
    end
    local ru = strategy.rollingUpdate or strategy.rollingParams
    if tg.type(ru) == "map" then
      local mu = ru.maxUnavailable
      if type(mu) == "string" and mu:gsub("%s", "") == "100%" then
        ctx:report{ at = ru, key = "maxUnavailable",
          message = label .. " allows 100% of pods to be unavailable during a rollout, which is a big-bang replacement" }
      end
    end
  end,
}

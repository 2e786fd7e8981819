-- resilience.recreate-strategy: big-bang rollouts that stop every pod before starting new ones (workload model).
local wl = tg.lib("workload")

-- Kinds whose `strategy` replaces pods on a rollout: a Deployment, an OpenShift DeploymentConfig, and a Helm
-- chart's workload (its values' `strategy.type`).
local ROLLOUT_KINDS = { Deployment = true, DeploymentConfig = true }

return {
  id = "resilience.recreate-strategy",
  title = "Deployment replaces all pods at once",
  severity = "medium",
  tags = { "resilience", "kubernetes" },
  applies_to = { "workload" },
  help = [[
`strategy.type: Recreate` on a Deployment (or an OpenShift DeploymentConfig, or in a Helm chart's values) kills
every existing pod before new ones start: each rollout is an outage, and a bad version takes the whole service
down at once. A `RollingUpdate` with `maxUnavailable: 100%` does the same and is reported too.

Not reported: StatefulSet and DaemonSet `updateStrategy: OnDelete` (not big-bang: pods change only when
deleted, one by one), `RollingUpdate` with any other budget, and workloads without a `strategy` (the default is
RollingUpdate with 25% unavailable).

Fix: use `RollingUpdate` (with a readiness probe so traffic only reaches ready pods), or a progressive
delivery controller (Argo Rollouts, Flagger) for canary or blue/green. If the app truly cannot run two
versions side by side (a single-writer volume), document it and suppress with a reason.
See docs/rules/resilience/recreate-strategy.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy",
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-unavailable",
  },
  check = function(doc, ctx)
    local w = doc.root
    if not (ROLLOUT_KINDS[w.kind] or w.source == "helm-values") then return end
    local label = wl.label(w)
    if w.strategy == "Recreate" then
      ctx:report{ at = w, key = "strategy",
        message = label .. " uses strategy Recreate, which stops every pod before starting new ones" }
      return
    end
    local mu = w.max_unavailable
    if type(mu) == "string" and mu:gsub("%s", "") == "100%" then
      ctx:report{ at = w, key = "max_unavailable",
        message = label .. " allows 100% of pods to be unavailable during a rollout, which is a big-bang replacement" }
    end
  end,
}

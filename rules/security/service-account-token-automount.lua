-- security.service-account-token-automount: pods that run as the namespace's default service account and get its
-- API token mounted although nothing grants that account anything (workload model).
local wl = tg.lib("workload")
return {
  id = "security.service-account-token-automount",
  title = "Pod mounts a service account token it does not use",
  severity = "low",
  tags = { "security", "kubernetes" },
  applies_to = { "workload" },
  help = [[
Kubernetes mounts a token of the pod's service account into every container unless told not to. A workload that
never calls the Kubernetes API gains nothing from it, but an attacker inside the container gets a credential for
the API server, to enumerate the cluster or to use whatever the account is (or later becomes) allowed to do.

Reported, conservatively, for a Kubernetes workload that runs as the namespace's `default` service account (no
`serviceAccountName`, or `default`), does not set `automountServiceAccountToken`, whose `default`
ServiceAccount object (when the scan holds it) does not set `automountServiceAccountToken: false` either, and to
whose account no RoleBinding or ClusterRoleBinding of the scan grants anything: nothing in the files shows it
uses the API, and only in production: the workload's namespace or its file's path names production (`prod`,
`production`, `prd`, `live`), or `options: { security.service-account-token-automount: { all: true } }` (or
`namespaces: [...]`) says so. Not reported: workloads with a service account of their own (they usually have it for the API),
`automountServiceAccountToken` written on the pod (either way: a decision was made), Helm values, Kustomize
patches. Fix: `automountServiceAccountToken: false` on the pod spec, or on the namespace's `default`
ServiceAccount. See docs/rules/security/service-account-token-automount.md.]],
  references = {
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
    "https://kubernetes.io/docs/concepts/security/service-accounts/",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "kubernetes" or w.partial == true then return end
    if w.automount_token ~= nil or w.api_access == true then return end
    local sa = w.service_account
    if sa ~= nil and sa ~= "default" then return end
    local obj = w.service_account_object
    if obj ~= nil and obj.automount_token ~= true then
      -- The account object decides: false turns the token off; an unknown value is not judged.
      return
    end
    -- Production only: nearly every sample and development manifest leaves the token on, and a finding on each
    -- would bury the ones that matter (238 of 238 corpus workloads before this limit).
    local why = wl.production(w, doc, ctx.options)
    if why == nil then return end
    ctx:report{ at = w, key = w.name ~= nil and "name" or "kind",
      message = wl.label(w) .. " runs in production (" .. why .. ") as the default service account with its API token mounted, and nothing in the scan grants that account any access" }
  end,
}

-- observability.cluster-logging-disabled: a Kubernetes control plane whose logs go nowhere.
local res = tg.lib("resource")

local kEks = { aws_eks_cluster = true, ["AWS::EKS::Cluster"] = true }

return {
  id = "observability.cluster-logging-disabled",
  title = "Kubernetes control-plane logging is off",
  severity = "medium",
  tags = { "observability", "kubernetes", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
The API server's audit and authenticator logs are the only record of who changed what in a cluster; without them an
outage or an intrusion cannot be reconstructed. Reported for an EKS cluster without `enabled_cluster_log_types`
(`Logging.ClusterLogging.EnabledTypes`; none are sent by default), a GKE cluster with `logging_service = "none"`,
and an AKS cluster without an `oms_agent` block when no `azurerm_monitor_diagnostic_setting` in the repository
could be sending its logs.

Not reported: clusters that send any control-plane log type, GKE clusters with the default logging service, and
unknown values.

Fix: EKS `enabled_cluster_log_types = ["api", "audit", "authenticator"]`; GKE keep `logging.googleapis.com/kubernetes`;
AKS a diagnostic setting with the `kube-audit` category (or the `oms_agent` add-on).
See docs/rules/observability/cluster-logging-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
    "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
    "https://learn.microsoft.com/azure/aks/monitor-aks",
  },
  check = function(repo, ctx)
    local diagnostics = false
    local clusters = {}
    for _, doc in ipairs(repo:documents("resource")) do
      local item = doc.root
      local t = item.type
      if t == "azurerm_monitor_diagnostic_setting" then
        diagnostics = true
      elseif kEks[t] or t == "google_container_cluster" or t == "azurerm_kubernetes_cluster" then
        clusters[#clusters + 1] = doc
      end
    end
    for _, doc in ipairs(clusters) do
      local item = doc.root
      local logging = item.control_plane_logging
      if logging == false then
        ctx:report{ at = item, key = "control_plane_logging",
          message = tg.excerpt(item.address) .. " switches control-plane logging off" }
      elseif logging == nil then
        if kEks[item.type] then
          local message = tg.excerpt(item.address) .. " sends no control-plane logs (enabled_cluster_log_types is empty by default)"
          local attrs = item.attributes
          if tg.type(attrs) == "map" and tg.type(attrs.enabled_cluster_log_types) == "seq" then
            ctx:report{ at = attrs, key = "enabled_cluster_log_types", message = message }
          else
            res.report_absent(ctx, item, message)
          end
        elseif item.type == "azurerm_kubernetes_cluster" and not diagnostics then
          res.report_absent(ctx, item, tg.excerpt(item.address) ..
            " has neither the oms_agent add-on nor a diagnostic setting, so its control-plane logs are not kept")
        end
      end
    end
  end,
}

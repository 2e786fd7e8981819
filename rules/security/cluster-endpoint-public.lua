-- security.cluster-endpoint-public: a Kubernetes control plane whose API endpoint any address on the internet can reach.
local res = tg.lib("resource")

local kKubernetes = {
  aws_eks_cluster = true, ["AWS::EKS::Cluster"] = true,
  google_container_cluster = true, azurerm_kubernetes_cluster = true,
}
local kOpen = { ["0.0.0.0/0"] = true, ["::/0"] = true, ["*"] = true }

return {
  id = "security.cluster-endpoint-public",
  title = "Kubernetes API endpoint open to the internet",
  severity = "medium",
  tags = { "security", "kubernetes", "resource" },
  applies_to = { "resource" },
  help = [[
A cluster whose API server answers any address on the internet is one leaked kubeconfig, token or API-server flaw
away from compromise, and is scanned and brute-forced all day. Reported for an EKS, GKE or AKS cluster whose
endpoint is public (the default of all three) and either admits no restricting CIDR list (EKS
`public_access_cidrs` absent, GKE without `master_authorized_networks_config`, AKS without authorized IP ranges) or
lists `0.0.0.0/0`.

Not reported: private endpoints (`endpoint_public_access = false`, GKE `enable_private_endpoint = true`, AKS
`private_cluster_enabled = true`), endpoints limited to known ranges, and unknown values.

Fix: make the endpoint private and reach it through a VPN or bastion, or list the office and CI ranges allowed.
See docs/rules/security/cluster-endpoint-public.md.]],
  references = {
    "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
    "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
    "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kKubernetes[item.type] then return end
    local public = item.public_access
    if public ~= nil and res.known(public) ~= true then return end  -- private, or unknown
    local cidrs = item.endpoint_cidrs
    if cidrs ~= nil then
      if tg.type(cidrs) ~= "seq" then return end  -- unknown
      for i, c in ipairs(cidrs) do
        if type(c) == "string" and kOpen[c] then
          ctx:report{ at = cidrs, key = i,
            message = tg.excerpt(item.address) .. " admits " .. c .. " to its public Kubernetes API endpoint" }
          return
        end
      end
      return
    end
    local message = tg.excerpt(item.address) .. " has a public Kubernetes API endpoint that any address can reach"
    if public ~= nil then
      ctx:report{ at = item, key = "public_access", message = message }
    else
      res.report_absent(ctx, item, message)
    end
  end,
}

// Kubernetes workloads: the objects that relate to a workload from anywhere in the scan (PodDisruptionBudgets,
// autoscalers), and the pod spec parts that Helm values files write in the same shape.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "models/workload/workload_build.h"

namespace tollgate::workload {

// A Kubernetes object of any document of the scan (a manifest, or an item of a List).
struct K8sObject {
  const Document* doc = nullptr;
  const Node* node = nullptr;
};

// The PodDisruptionBudgets and autoscalers of every Kubernetes document of the scan, found once so that each
// workload looks up its own.
class KubernetesIndex {
 public:
  explicit KubernetesIndex(const std::vector<const Document*>& docs);

  // The budget nearest to the workload (see `nearness`) in its namespace whose selector matches pod_labels; a
  // budget with no namespace matches any namespace, and so does a workload with none (both are set at apply time).
  const K8sObject* disruption_budget(const Document& workload, const Node* namespace_node,
                                     const Node* pod_labels) const;
  // The nearest HorizontalPodAutoscaler or KEDA ScaledObject whose scaleTargetRef names kind/name.
  const K8sObject* autoscaler(const Document& workload, const Node* namespace_node, std::string_view kind,
                              std::string_view name) const;
  // The nearest ServiceAccount object named name in the workload's namespace.
  const K8sObject* service_account(const Document& workload, const Node* namespace_node, std::string_view name) const;
  // The nearest RoleBinding or ClusterRoleBinding with the ServiceAccount name among its subjects (the subject's
  // namespace, when written, equal to the workload's).
  const K8sObject* role_binding(const Document& workload, const Node* namespace_node, std::string_view name) const;
  // The values.yaml of the chart a Helm values file overrides (`values-prod.yaml` beside it), or nullptr: none, or
  // the file is that values.yaml.
  const Document* chart_values(const Document& values_file) const;
  // Kustomize: whether a kustomization of the scan names the file as a patch (`patches:`,
  // `patchesStrategicMerge:`, `patchesJson6902:`), which writes only what it changes; and how the kustomizations
  // that build the file (the one in its folder, and those whose `resources:` reach it) pin an image by its name
  // in their `images:` ("digest" or the pinning of the tag they set; the weakest when they differ), or "".
  bool kustomize_patch(const Document& doc) const;
  std::string_view kustomize_pin(const Document& doc, std::string_view image_name) const;

 private:
  struct Kustomization {
    std::string folder;
    std::vector<std::string> resources;  // the files and folders it builds from, normalized paths
    std::vector<std::pair<std::string, std::string_view>> images;  // image name -> pinning it sets
  };
  std::vector<Kustomization> kustomizations_;
  std::unordered_set<std::string> patches_;
  // Helm values.yaml files by folder.
  std::unordered_map<std::string_view, const Document*> chart_values_;
  std::vector<K8sObject> budgets_;
  // Budgets by the first pair of their matchLabels ("key=value"); budgets selecting by expressions or selecting
  // every pod (an empty selector) are candidates for every workload.
  std::unordered_map<std::string, std::vector<size_t>> budgets_by_label_;
  std::vector<size_t> budgets_for_all_;
  // Autoscalers by "kind/name" of their target.
  std::unordered_map<std::string, std::vector<K8sObject>> autoscalers_;
  // ServiceAccounts by name; bindings by the name of each ServiceAccount subject.
  std::unordered_map<std::string, std::vector<K8sObject>> service_accounts_;
  std::unordered_map<std::string, std::vector<K8sObject>> bindings_;
};

// The objects of a Kubernetes document: its root, or the items of a List.
std::vector<const Node*> kubernetes_objects(const Node* root);

// The pod spec parts, as Kubernetes writes them and Helm values files repeat them. The pod security context
// gives run_as_user and run_as_non_root to containers that do not set their own.
Node* k8s_probes(ModelBuilder& b, const Node* holder, const Span& at);
Node* k8s_resources(ModelBuilder& b, const Node* resources, const Span& at);
Node* k8s_security(ModelBuilder& b, const Node* container_sc, const Node* pod_sc, const Span& at);
void k8s_env(ModelBuilder& b, Node* env_seq, const Node* env, const Node* env_from);
// "topology_spread" or "anti_affinity" when the pod spec (or values file) spreads its replicas; nullptr else.
// An anti-affinity term counts only if its selector may select the workload's own pods (pod_labels, when known):
// one with no selector selects no pod, and one that selects other pods keeps them apart from those, not from
// each other.
Node* k8s_spread(ModelBuilder& b, const Node* pod_spec, const Node* pod_labels = nullptr);

}  // namespace tollgate::workload

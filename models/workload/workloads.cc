// The workload model (docs/document-model.md, "Workload"): one item per Kubernetes pod-bearing object, Helm
// values file, docker-compose service, ECS task definition and Dockerfile, in the order of the documents.
#include "models/workload/kubernetes.h"
#include "tollgate/models.h"

namespace tollgate {

namespace workload {

void document_workloads(const Document& doc, const KubernetesIndex& index, Items* out) {
  const std::string& kind = doc.kind;
  if (kind == "kubernetes") kubernetes_workloads(doc, index, out);
  else if (kind == "helm-values") helm_values_workloads(doc, index, out);
  else if (kind == "docker-compose") compose_workloads(doc, out);
  else if (kind == "dockerfile") dockerfile_workloads(doc, out);
  else if (kind == "terraform") ecs_terraform_workloads(doc, out);
  else if (kind == "cloudformation") ecs_cloudformation_workloads(doc, out);
}

}  // namespace workload

void build_workloads(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {
  // Budgets and autoscalers may sit in any file of the scan, so they are found before any workload is built.
  workload::KubernetesIndex index(docs);
  for (const Document* doc : docs) workload::document_workloads(*doc, index, out);
}

}  // namespace tollgate

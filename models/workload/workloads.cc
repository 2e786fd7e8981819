// The workload model (docs/document-model.md, "Workload"): one item per Kubernetes pod-bearing object, Helm
// values file, docker-compose service, ECS task definition and Dockerfile, in the order of the documents.
#include "models/workload/kubernetes.h"
#include "tollgate/models.h"

namespace tollgate {

void build_workloads(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {
  // Budgets and autoscalers may sit in any file of the scan, so they are found before any workload is built.
  workload::KubernetesIndex index(docs);
  for (const Document* doc : docs) {
    const std::string& kind = doc->kind;
    if (kind == "kubernetes") workload::kubernetes_workloads(*doc, index, out);
    else if (kind == "helm-values") workload::helm_values_workloads(*doc, out);
    else if (kind == "docker-compose") workload::compose_workloads(*doc, out);
    else if (kind == "dockerfile") workload::dockerfile_workloads(*doc, out);
    else if (kind == "terraform") workload::ecs_terraform_workloads(*doc, out);
    else if (kind == "cloudformation") workload::ecs_cloudformation_workloads(*doc, out);
  }
}

}  // namespace tollgate

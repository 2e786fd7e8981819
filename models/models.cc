// Which document kinds feed which model (include/tollgate/models.h).
#include <string_view>

#include "tollgate/models.h"

namespace tollgate {

namespace {

struct Feed {
  std::string_view model;
  std::string_view kind;
};

constexpr Feed kFeeds[] = {
    {"pipeline", "github-actions"}, {"pipeline", "gitlab-ci"},      {"pipeline", "azure-pipelines"},
    {"pipeline", "bitbucket-pipelines"}, {"pipeline", "jenkinsfile"},
    {"pipeline", "generic-yaml"},  // GitLab `include: local` files outside .gitlab/ci/
    {"workload", "kubernetes"},     {"workload", "helm-values"},    {"workload", "docker-compose"},
    {"workload", "dockerfile"},     {"workload", "terraform"},      {"workload", "cloudformation"},
    {"resource", "terraform"},      {"resource", "terraform-vars"}, {"resource", "terraform-plan"},
    {"resource", "cloudformation"},
};

}  // namespace

bool is_model_kind(std::string_view kind) { return kind == "pipeline" || kind == "workload" || kind == "resource"; }

bool feeds_model(std::string_view model, std::string_view kind) {
  for (const Feed& f : kFeeds)
    if (f.model == model && f.kind == kind) return true;
  return false;
}

void build_model(std::string_view model, const std::vector<const Document*>& docs,
                 std::vector<std::unique_ptr<Document>>* out) {
  if (model == "pipeline") build_pipelines(docs, out);
  else if (model == "workload") build_workloads(docs, out);
  else if (model == "resource") build_resources(docs, out);
}

}  // namespace tollgate

// Which document kinds feed the models (include/tollgate/models.h).
#include <string_view>

#include "tollgate/models.h"

namespace tollgate {

bool feeds_models(std::string_view kind) {
  static constexpr std::string_view kKinds[] = {
      // pipelines
      "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines", "jenkinsfile",
      // workloads
      "kubernetes", "helm-values", "docker-compose", "dockerfile",
      // cloud resources (and ECS task definitions, which are workloads too)
      "terraform", "terraform-vars", "terraform-plan", "cloudformation",
  };
  for (std::string_view k : kKinds)
    if (k == kind) return true;
  return false;
}

}  // namespace tollgate

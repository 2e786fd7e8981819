// build_pipelines: one item per CI document, by dialect (docs/document-model.md, "Pipeline").
#include "models/pipeline/adapters.h"

namespace tollgate {

void build_pipelines(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {
  for (const Document* d : docs) {
    std::unique_ptr<Document> item;
    if (d->kind == "github-actions") item = pipeline::github_actions(*d);
    else if (d->kind == "gitlab-ci") item = pipeline::gitlab_ci(*d, docs);
    else if (d->kind == "azure-pipelines") item = pipeline::azure_pipelines(*d, docs);
    else if (d->kind == "bitbucket-pipelines") pipeline::bitbucket_pipelines(*d, out);
    else if (d->kind == "jenkinsfile") item = pipeline::jenkins(*d);
    if (item) out->push_back(std::move(item));
  }
}

}  // namespace tollgate

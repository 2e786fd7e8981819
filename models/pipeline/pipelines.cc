// build_pipelines: one item per CI document, by dialect (docs/document-model.md, "Pipeline").
#include "models/pipeline/adapters.h"

namespace tollgate {

namespace pipeline {

void document_pipelines(const Document& d, const std::vector<const Document*>& all,
                        std::vector<std::unique_ptr<Document>>* out) {
  std::unique_ptr<Document> item;
  if (d.kind == "github-actions") item = github_actions(d);
  else if (d.kind == "gitlab-ci") item = gitlab_ci(d, all);
  else if (d.kind == "azure-pipelines") item = azure_pipelines(d, all);
  else if (d.kind == "bitbucket-pipelines") bitbucket_pipelines(d, out);
  else if (d.kind == "jenkinsfile") item = jenkins(d);
  if (item) out->push_back(std::move(item));
}

}  // namespace pipeline

void build_pipelines(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {
  for (const Document* d : docs) pipeline::document_pipelines(*d, docs, out);
}

}  // namespace tollgate

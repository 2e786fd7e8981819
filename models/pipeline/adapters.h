// The pipeline adapters, one per dialect: each turns a parsed CI document into a pipeline item, or nullptr when
// the document is not a pipeline (an empty file, a YAML list).
#pragma once

#include <memory>
#include <vector>

#include "models/pipeline/pipeline_builder.h"

namespace tollgate::pipeline {

std::unique_ptr<Document> github_actions(const Document& doc);
// `all` lets a GitLab file resolve `extends:` through its `include: local` files.
std::unique_ptr<Document> gitlab_ci(const Document& doc, const std::vector<const Document*>& all);
// `all` lets an Azure pipeline read what its same-repository templates do.
std::unique_ptr<Document> azure_pipelines(const Document& doc, const std::vector<const Document*>& all);
// A Bitbucket file holds several pipelines that run on their own (`default`, `branches.main`, ...): one item each.
void bitbucket_pipelines(const Document& doc, std::vector<std::unique_ptr<Document>>* out);
std::unique_ptr<Document> jenkins(const Document& doc);
// The items of one document, by its kind (one of the above, or none); `all` for what it includes.
void document_pipelines(const Document& doc, const std::vector<const Document*>& all,
                        std::vector<std::unique_ptr<Document>>* out);

}  // namespace tollgate::pipeline

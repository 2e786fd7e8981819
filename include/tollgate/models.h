// Normalized models: what policy rules are written against, so that one rule holds for every dialect
// (docs/document-model.md, "Models").
//
// A model item is a Document of its own: kind "pipeline", "workload" or "resource", built by a dialect adapter
// from parsed documents. Its tree is made of new nodes whose spans are those of the source nodes they stand for,
// so a rule that reports at a model node reports at the exact line and column of the file. Every node of an item
// lies in one file, the item's `source`: a value the adapter resolved elsewhere (a Terraform variable's default,
// a GitLab template's `when:` through `extends:`) carries the span of the place in this file that refers to it.
// What an adapter cannot know stays an `expr` node (its text the source expression), which rules treat as
// unknown and never fire on.
//
//   ModelBuilder b(source_doc, "pipeline");
//   Node* job = b.map(job_node->span);
//   b.set(job, "id", b.str("deploy", key_span));
//   b.set(job, "steps", b.seq(steps_node->span));
//   std::unique_ptr<Document> item = b.finish(b.map_root(...));
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tollgate/document.h"

namespace tollgate {

// Builds one model item's tree inside a new Document that shares the source document's SourceText.
class ModelBuilder {
 public:
  // kind: "pipeline", "workload" or "resource". The item keeps from_doc's source and format.
  ModelBuilder(const Document& from_doc, std::string kind);

  Node* map(const Span& at);
  Node* seq(const Span& at);
  Node* str(std::string_view text, const Span& at);
  Node* boolean(bool v, const Span& at);
  Node* integer(long long v, const Span& at);
  Node* floating(double v, const Span& at);
  // An unknown value: an expr node whose text is the source expression (rules never fire on it).
  Node* unknown(std::string_view source_text, const Span& at);
  // A deep copy of a node of the source document (or of another document of the same file), spans kept.
  Node* copy(const Node* src);
  // A scalar taken as it is, without a copy, once share_sources() was called (else, and for a map or seq, a copy as
  // by copy()): for the values an item only passes on, most of a Kubernetes workload's fields. Nothing may change
  // the node afterwards: a value to relocate is copied first.
  Node* share(const Node* src);
  // Says that every node the item takes lives as long as the item: its own document and the other parsed documents
  // of the scan do (Document::origin), a temporary parse (an ECS JSON heredoc) does not.
  void share_sources() { share_ = true; }

  // map[key] = value (key_span defaults to the value's span); replaces an earlier entry of the same key.
  Node* set(Node* map, std::string_view key, Node* value);
  Node* set(Node* map, std::string_view key, Node* value, const Span& key_span);
  // Appends to a seq.
  Node* push(Node* seq, Node* value);

  Document& doc() { return *doc_; }
  // Hands the finished item over; root becomes the document's root.
  std::unique_ptr<Document> finish(Node* root);

 private:
  std::unique_ptr<Document> doc_;
  bool share_ = false;
};

// The adapters. Each reads the documents of the kinds it knows among `docs` (every document of the scan whose
// kind feeds_models(), in path order, then index order) and appends one item per pipeline file, workload or
// cloud resource to *out. They see all documents at once because some items need other files: a Terraform
// resource's variables and tfvars, the PodDisruptionBudget that covers a Deployment, a GitLab `include: local`.
void build_pipelines(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out);
void build_workloads(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out);
void build_resources(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out);
// What the configuration says of environments (`environments:` in .tollgate.yaml).
struct EnvironmentConfig {
  std::vector<std::string> order;         // the promotion order, names as written; empty: by tier
  std::vector<std::string> allow_differ;  // settings whose values may differ; empty: not configured
};

// The environment model: one item per file of an environment set (a folder of environment folders, or files named
// by environment), whatever its kind.
void build_environments(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out,
                        const EnvironmentConfig& config = {});
// The environments the pipeline model's items deploy to: one environment item per job with a literal
// `environment` name, in the set "pipelines" (layout "pipeline").
void pipeline_environments(const std::vector<const Document*>& pipelines, std::vector<std::unique_ptr<Document>>* out,
                           const EnvironmentConfig& config = {});
// Whether documents of `kind` are CI pipelines (GitHub Actions, GitLab CI, Azure Pipelines, Bitbucket, Jenkins).
bool is_pipeline_kind(std::string_view kind);
// Whether a path has an environment word (a folder `prod`, a file `values-staging.yaml`): only such files can be
// members of an environment set, so only they are kept for the environment model.
bool feeds_environment_model(std::string_view path);

// "pipeline", "workload", "resource", "environment": the kinds of model items. A rule names them in applies_to;
// `*` does not cover them (an item restates a file that `*` rules already see).
inline constexpr const char* kModelKinds[] = {"pipeline", "workload", "resource", "environment"};
bool is_model_kind(std::string_view kind);
// Whether the adapters of `model` read documents of `kind` at `path` (the scan keeps those documents for the model
// pass); an empty path: whether they may, by kind alone.
bool feeds_model(std::string_view model, std::string_view kind, std::string_view path = {});
// Builds the items of `model` from docs.
// The items of every model named in `models`, built on up to `jobs` threads. Their order is fixed whatever the
// threads: the resource model's, then the environment model's, then the others' in the order named, each in
// document order.
std::vector<std::unique_ptr<Document>> build_models(const std::vector<std::string_view>& models,
                                                    const std::vector<const Document*>& docs, unsigned jobs,
                                                    const EnvironmentConfig& environments = {});

}  // namespace tollgate

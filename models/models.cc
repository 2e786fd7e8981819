// Which document kinds feed which model, and building the models (include/tollgate/models.h).
#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <optional>
#include <string_view>
#include <thread>

#include "models/pipeline/adapters.h"
#include "models/workload/kubernetes.h"
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
    {"workload", "kustomization"},  // patches and image pins of the manifests it builds
    {"resource", "terraform"},      {"resource", "terraform-vars"}, {"resource", "terraform-plan"},
    {"resource", "cloudformation"},
    {"environment", "terraform"},   {"environment", "terraform-vars"}, {"environment", "kubernetes"},
    {"environment", "kustomization"}, {"environment", "helm-values"}, {"environment", "dotenv"},
    {"environment", "generic-yaml"}, {"environment", "generic-json"},
    // The environments pipelines deploy to (through the pipeline model, whatever its path).
    {"environment", "github-actions"}, {"environment", "gitlab-ci"}, {"environment", "azure-pipelines"},
    {"environment", "bitbucket-pipelines"}, {"environment", "jenkinsfile"},
};

}  // namespace

bool is_pipeline_kind(std::string_view kind) {
  return kind == "github-actions" || kind == "gitlab-ci" || kind == "azure-pipelines" ||
         kind == "bitbucket-pipelines" || kind == "jenkinsfile";
}

bool is_model_kind(std::string_view kind) {
  return kind == "pipeline" || kind == "workload" || kind == "resource" || kind == "environment";
}

bool feeds_model(std::string_view model, std::string_view kind, std::string_view path) {
  for (const Feed& f : kFeeds)
    if (f.model == model && f.kind == kind)
      // Helm values feed it whatever their path: a chart's values.yaml is what its values-<env>.yaml inherit.
      return model != "environment" || path.empty() || is_pipeline_kind(kind) || kind == "helm-values" ||
             feeds_environment_model(path);
  return false;
}

std::vector<std::unique_ptr<Document>> build_models(const std::vector<std::string_view>& models,
                                                    const std::vector<const Document*>& docs, unsigned jobs,
                                                    const EnvironmentConfig& environments) {
  using Items = std::vector<std::unique_ptr<Document>>;
  auto wanted = [&](std::string_view m) { return std::find(models.begin(), models.end(), m) != models.end(); };
  // Tasks fill lists of their own, joined in task order. Terraform resources are evaluated module by module
  // and linked across the whole scan, so they are one task, started first; the other models build each
  // document's items alone (given the scan-wide budget and autoscaler index), so their documents are shared
  // out in runs, a few per thread, which keeps threads busy when the kinds are unevenly spread.
  std::vector<std::function<void(Items*)>> tasks;
  if (wanted("resource")) tasks.push_back([&](Items* out) { build_resources(docs, out); });
  if (wanted("environment")) tasks.push_back([&](Items* out) { build_environments(docs, out, environments); });
  std::optional<workload::KubernetesIndex> index;
  if (wanted("workload")) index.emplace(docs);
  size_t run = std::max<size_t>(1, docs.size() / (4 * std::max(1u, jobs)));
  for (const char* model : {"pipeline", "workload"}) {
    if (!wanted(model)) continue;
    for (size_t first = 0; first < docs.size(); first += run) {
      size_t last = std::min(docs.size(), first + run);
      tasks.push_back([&, model, first, last](Items* out) {
        for (size_t i = first; i < last; ++i) {
          if (model == std::string_view("pipeline")) pipeline::document_pipelines(*docs[i], docs, out);
          else workload::document_workloads(*docs[i], *index, out);
        }
      });
    }
  }
  std::vector<Items> lists(tasks.size());
  std::vector<std::exception_ptr> failed(tasks.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t t; (t = next.fetch_add(1)) < tasks.size();) {
      try {
        tasks[t](&lists[t]);
      } catch (...) {
        failed[t] = std::current_exception();  // thrown on the calling thread, as a one-thread build would
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < std::min<size_t>(jobs, tasks.size()); ++w) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  for (const auto& e : failed)
    if (e) std::rethrow_exception(e);
  Items items;
  for (Items& list : lists)
    for (auto& item : list) items.push_back(std::move(item));
  // The environments pipelines deploy to come from the pipeline model's items, built for this alone when no rule
  // reads that model.
  if (wanted("environment")) {
    Items own;
    std::vector<const Document*> pipelines;
    if (wanted("pipeline")) {
      for (const auto& item : items)
        if (item->kind == "pipeline") pipelines.push_back(item.get());
    } else {
      for (const Document* d : docs)
        if (is_pipeline_kind(d->kind)) pipeline::document_pipelines(*d, docs, &own);
      for (const auto& item : own) pipelines.push_back(item.get());
    }
    Items derived;
    pipeline_environments(pipelines, &derived, environments);
    for (auto& item : derived) items.push_back(std::move(item));
    // Items derived from a pipeline item this pass built point into it: it lives with them.
    for (auto& item : own) items.push_back(std::move(item));
  }
  return items;
}

}  // namespace tollgate

// The environment model (docs/document-model.md, "Environment"): the environments a repository defines and, per
// environment, what each of its files holds, one item per file, so that every location stays in its own file; and
// the environments its pipelines deploy to, one item per deploy job.
//
// Two layouts of files are recognised, each only when at least two environments share it:
// - folders: a folder with two or more children named as environments (`envs/dev`, `envs/prod`;
//   `overlays/staging`, `overlays/production`), every file under each child a member of that environment;
// - files: files of one folder whose names differ only by an environment word (`dev.tfvars`, `prod.tfvars`;
//   `values-staging.yaml`, `values-prod.yaml`; `.env.development`, `.env.production`).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "models/kustomize.h"
#include "models/pipeline/pipeline_builder.h"
#include "parsers/text_util.h"
#include "tollgate/models.h"

namespace tollgate {

namespace {

using Items = std::vector<std::unique_ptr<Document>>;

// Words that name an environment when they are a whole folder name or a whole part of a file name.
bool is_environment_word(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "dev",     "develop", "development", "local",   "sandbox",    "test",  "testing", "qa",   "uat",
      "int",     "integration", "stage",   "staging", "stg",        "preprod", "pre-prod", "preproduction",
      "perf",    "performance", "demo",    "prod",    "production", "prd"};
  return kWords.count(ascii_lower(w)) > 0;
}

// The promotion rank of a tier: development before testing before staging before production.
int rank_of(std::string_view tier) {
  if (tier == "development") return 1;
  if (tier == "testing") return 2;
  if (tier == "staging") return 3;
  if (tier == "production") return 4;
  return 0;
}

// An environment's place in the promotion order, 1-based: in the configured order, else by tier; 0 outside it.
int rank_in(const EnvironmentConfig& config, std::string_view env, std::string_view tier) {
  if (config.order.empty()) return rank_of(tier);
  for (size_t i = 0; i < config.order.size(); ++i)
    if (ascii_lower(config.order[i]) == ascii_lower(env)) return static_cast<int>(i) + 1;
  return 0;
}

// A literal environment name: not a template or a variable (`${{ inputs.env }}`, `$(Environment)`).
bool is_literal_name(std::string_view s) { return string_references(s).empty(); }

// Where a file sits in an environment set.
struct Membership {
  std::string set;        // "terraform/envs/{env}/", "charts/api/values-{env}.yaml"
  std::string layout;     // "folder" or "file"
  std::string env;        // as written: "prod"
  std::string component;  // the file's path inside its environment's folder; "" for the file layout
};

// The patterns a file name makes with each of its environment words replaced: "values-prod.yaml" ->
// ("values-{env}.yaml", "prod"). A name is split at '.', '-' and '_'.
std::vector<std::pair<std::string, std::string>> name_patterns(std::string_view name) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && name[i] != '.' && name[i] != '-' && name[i] != '_') continue;
    std::string_view word = name.substr(start, i - start);
    if (!word.empty() && is_environment_word(word))
      out.emplace_back(std::string(name.substr(0, start)) + "{env}" + std::string(name.substr(i)), std::string(word));
    start = i + 1;
  }
  return out;
}

// Every file's place in the environment sets of the scan (a file may be in none).
std::map<std::string, std::vector<Membership>> memberships(const std::vector<const Document*>& docs) {
  std::set<std::string> paths;
  for (const Document* d : docs) paths.insert(d->path());
  std::map<std::string, std::vector<Membership>> out;
  // Folders: a folder with two or more children named as environments.
  std::map<std::string, std::set<std::string>> env_children;  // parent folder -> environment folders under it
  for (const std::string& p : paths) {
    std::string_view rest = p;
    size_t at = 0;
    while (true) {
      size_t slash = rest.find('/', at);
      if (slash == std::string_view::npos) break;
      std::string_view segment = rest.substr(at, slash - at);
      if (is_environment_word(segment)) env_children[std::string(rest.substr(0, at))].insert(std::string(segment));
      at = slash + 1;
    }
  }
  for (const std::string& p : paths) {
    size_t at = 0;
    while (true) {
      size_t slash = p.find('/', at);
      if (slash == std::string::npos) break;
      std::string parent = p.substr(0, at), segment = p.substr(at, slash - at);
      auto it = env_children.find(parent);
      if (it != env_children.end() && it->second.size() >= 2 && it->second.count(segment))
        out[p].push_back({parent + "{env}/", "folder", segment, p.substr(slash + 1)});
      at = slash + 1;
    }
  }
  // Files: names of one folder that differ only by an environment word.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_pattern;  // set -> (path, env)
  for (const std::string& p : paths) {
    std::string_view dir = path_folder(p);
    for (auto& [pattern, env] : name_patterns(path_name(p)))
      by_pattern[(dir.empty() ? "" : std::string(dir) + "/") + pattern].emplace_back(p, env);
  }
  for (auto& [set, files] : by_pattern) {
    std::set<std::string> envs;
    for (auto& [p, env] : files) envs.insert(env);
    if (envs.size() < 2) continue;
    for (auto& [p, env] : files) out[p].push_back({set, "file", env, ""});
  }
  return out;
}

// The module calls of a Terraform document: name -> {source, version} as written (a `?ref=` in the source is the
// version of a git module).
void add_modules(ModelBuilder& b, Node* item, const Node* root) {
  const Node* modules = root ? root->get("module") : nullptr;
  if (!modules || !modules->is_map()) return;
  Node* out = b.map(modules->span);
  for (const Entry& m : modules->entries) {
    if (!m.value || !m.value->is_map()) continue;
    Node* call = b.map(m.key_span);
    const Node* source = m.value->get("source");
    if (source && source->is_string()) {
      b.set(call, "source", b.copy(source));
      size_t ref = source->text.find("ref=");
      if (ref != std::string::npos) {
        std::string v = source->text.substr(ref + 4);
        v = v.substr(0, v.find_first_of("&#"));
        b.set(call, "version", b.str(v, source->span));
      }
    }
    if (const Node* version = m.value->get("version"); version && version->is_scalar()) b.set(call, "version", b.copy(version));
    b.set(out, m.key, call, m.key_span);
  }
  b.set(item, "modules", out, modules->span);
}

// The resource blocks of a Terraform document: "type.name" -> the block's label, located there.
void add_resources(ModelBuilder& b, Node* item, const Node* root) {
  const Node* resources = root ? root->get("resource") : nullptr;
  if (!resources || !resources->is_map()) return;
  Node* out = b.map(resources->span);
  for (const Entry& type : resources->entries) {
    if (!type.value || !type.value->is_map()) continue;
    for (const Entry& name : type.value->entries) {
      std::string address = type.key + "." + name.key;
      b.set(out, address, b.str(address, name.key_span), name.key_span);
    }
  }
  b.set(item, "resources", out, resources->span);
}

// Kubernetes objects: "Kind/name" -> the name, located at metadata.name.
void add_object(ModelBuilder& b, Node* item, const Node* root) {
  if (!root || !root->is_map()) return;
  const Node* kind = root->get("kind");
  const Node* meta = root->get("metadata");
  const Node* name = meta ? meta->get("name") : nullptr;
  if (!kind || !kind->is_string() || !name || !name->is_string()) return;
  Node* objects = const_cast<Node*>(item->get("objects"));
  if (!objects) objects = b.set(item, "objects", b.map(root->span), root->span);
  std::string id = kind->text + "/" + name->text;
  b.set(objects, id, b.str(id, name->span), name->span);
}

// A Kustomization's `images` overrides: image name -> the tag or digest it sets (`newTag`, else `digest`).
void add_images(ModelBuilder& b, Node* item, const Document& kustomization) {
  const Node* images = kustomization.root->get("images");
  if (!images || !images->is_seq()) return;
  Node* out = b.map(images->span);
  for (const kustomize::ImageOverride& o : kustomize::images(kustomization)) {
    const Node* version = o.new_tag ? o.new_tag : o.digest;
    if (version && version->is_scalar()) b.set(out, o.name->text, b.copy(version), o.name->span);
  }
  b.set(item, "images", out, images->span);
}

// The variables the Terraform stack of a tfvars file's folder declares, as `declared` (name -> true): a stack that
// does not declare a variable does not take it. Nothing is set when the folder declares no variable (the stack is
// elsewhere: `-var-file=../prod.tfvars`).
void add_declared_variables(ModelBuilder& b, Node* item, const std::vector<const Document*>& files, const Span& at) {
  Node* declared = nullptr;
  for (const Document* d : files) {
    const Node* vars = d->root->get("variable");
    if (!vars || !vars->is_map()) continue;
    for (const Entry& v : vars->entries) {
      if (!declared) declared = b.map(at);
      b.set(declared, v.key, b.boolean(true, at));
    }
  }
  if (declared) b.set(item, "declared", declared, at);
}

// A Kubernetes object's or a file's id: its name without the words that name an environment, so that
// `Namespace/dev-shop` in dev and `Namespace/prod-shop` in prod are one object named per environment
// (`Namespace/shop`), as are `cache-pv` and `cache-pv-prod`, or `values-dev.yaml` and `values-prod.yaml`. Words
// end at `-`, `_`, `.` and `/`; a dropped word takes the separator before it with it (after it, at the start of a
// part). The same words go in every environment, so a `dev-tools` that all have stays one component. The name is
// kept when nothing else remains.
std::string without_env_words(std::string_view name) {
  auto separator = [](char c) { return c == '-' || c == '_' || c == '.' || c == '/'; };
  std::string out;
  bool skip_separator = false;
  size_t i = 0;
  while (i < name.size()) {
    if (separator(name[i])) {
      if (!skip_separator) out += name[i];
      skip_separator = false;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < name.size() && !separator(name[end])) ++end;
    std::string_view word = name.substr(i, end - i);
    if (is_environment_word(word)) {
      if (out.empty() || out.back() == '/') skip_separator = true;  // at a part's start: the separator after it
      else out.pop_back();                                          // else the one before it
    } else {
      out.append(word);
      skip_separator = false;
    }
    i = end;
  }
  bool words = std::any_of(out.begin(), out.end(), [&](char c) { return !separator(c); });
  return words ? out : std::string(name);
}

// What an environment file contributes to its environment, by id, each a label located at it: "module.net" ->
// "module 'net'", "resource.aws_s3_bucket.logs", "object.ConfigMap/flags", "image.registry.example.com/api"; a
// file that holds none of those is a component itself ("file.patch.yaml"). The drift rules and `tollgate drift` compare environments by these ids.
void add_components(ModelBuilder& b, Node* item, std::string_view file) {
  Node* out = b.map(item->span);
  auto add = [&](const char* field, std::string_view prefix, std::string_view label) {
    const Node* map = item->get(field);
    if (!map || !map->is_map()) return;
    // Module, resource, image and chart ids stay as written: `tollgate drift` reads their versions by them.
    bool named_per_env = std::string_view(field) == "objects";
    for (const Entry& e : map->entries)
      b.set(out, std::string(prefix) + (named_per_env ? without_env_words(e.key) : e.key),
            b.str(std::string(label) + " '" + e.key + "'", e.key_span), e.key_span);
  };
  add("modules", "module.", "module");
  add("resources", "resource.", "resource");
  add("objects", "object.", "object");
  add("images", "image.", "image");
  add("charts", "chart.", "chart");
  if (out->entries.empty() && !file.empty())
    b.set(out, "file." + without_env_words(file), b.str("file '" + std::string(file) + "'", item->span),
          item->span);
  b.set(item, "components", out, item->span);
}

// Helm charts and their versions: a Kustomization's `helmCharts` (`name`, `version`) and Terraform `helm_release`
// resources (`chart`, `version`, literal strings), chart name -> version, located at the version.
void add_chart(ModelBuilder& b, Node* item, const Node* name, const Node* version) {
  if (!name || !name->is_string() || name->text.empty() || !version || !version->is_scalar()) return;
  Node* charts = const_cast<Node*>(item->get("charts"));
  if (!charts) charts = b.set(item, "charts", b.map(name->span), name->span);
  b.set(charts, name->text, b.copy(version), name->span);
}

void add_kustomize_charts(ModelBuilder& b, Node* item, const Node* root) {
  const Node* charts = root && root->is_map() ? root->get("helmCharts") : nullptr;
  if (!charts || !charts->is_seq()) return;
  for (const Entry& e : charts->entries)
    if (e.value && e.value->is_map()) add_chart(b, item, e.value->get("name"), e.value->get("version"));
}

void add_helm_releases(ModelBuilder& b, Node* item, const Node* root) {
  const Node* resources = root ? root->get("resource") : nullptr;
  const Node* releases = resources && resources->is_map() ? resources->get("helm_release") : nullptr;
  if (!releases || !releases->is_map()) return;
  for (const Entry& r : releases->entries)
    if (r.value && r.value->is_map()) add_chart(b, item, r.value->get("chart"), r.value->get("version"));
}

// What a Kustomization builds on outside its own folder (`../base`, `../../components/x`): the entries of
// `resources`, `bases` and `components` that start with `../`, located where written.
void add_bases(ModelBuilder& b, Node* item, const Node* root) {
  if (!root || !root->is_map()) return;
  Node* out = b.seq(root->span);
  for (const char* key : {"resources", "bases", "components"}) {
    const Node* list = root->get(key);
    if (!list || !list->is_seq()) continue;
    for (const Entry& e : list->entries)
      if (e.value && e.value->is_string() && e.value->text.rfind("../", 0) == 0) b.push(out, b.copy(e.value));
  }
  b.set(item, "bases", out, root->span);
}

// Settings files: the document's map, as written.
bool is_settings_kind(std::string_view kind) {
  return kind == "terraform-vars" || kind == "helm-values" || kind == "dotenv" || kind == "generic-yaml" ||
         kind == "generic-json";
}

}  // namespace

void pipeline_environments(const std::vector<const Document*>& pipelines, std::vector<std::unique_ptr<Document>>* out,
                           const EnvironmentConfig& config) {
  for (const Document* p : pipelines) {
    const Node* jobs = p->root ? p->root->get("jobs") : nullptr;
    if (!jobs || !jobs->is_seq()) continue;
    for (const Entry& j : jobs->entries) {
      const Node* job = j.value;
      const Node* env = job && job->is_map() ? job->get("environment") : nullptr;
      const Node* name = env && env->is_map() ? env->get("name") : nullptr;
      const Node* id = job ? job->get("id") : nullptr;
      if (!name || !name->is_string() || name->text.empty() || !is_literal_name(name->text) || !id || !id->is_string()) continue;
      ModelBuilder b(*p, "environment");
      Node* item = b.map(name->span);
      b.set(item, "set", b.str("pipelines", name->span));
      b.set(item, "layout", b.str("pipeline", name->span));
      b.set(item, "env", b.str(name->text, name->span));
      const Node* tier_node = env->get("tier");
      std::string tier = tier_node && tier_node->is_string() ? tier_node->text : "other";
      b.set(item, "tier", b.str(tier, name->span));
      if (int r = rank_in(config, name->text, tier)) b.set(item, "rank", b.integer(r, name->span));
      b.set(item, "component", b.str(p->path(), name->span));
      Node* components = b.map(name->span);
      std::string label = "deploy job '" + id->text + "' (" + p->path() + ")";
      b.set(components, "job." + p->path() + "#" + id->text, b.str(label, name->span), name->span);
      b.set(item, "components", components, name->span);
      out->push_back(b.finish(item));
    }
  }
}

bool feeds_environment_model(std::string_view path) {
  std::string_view rest = path;
  while (!rest.empty()) {
    size_t cut = rest.find_first_of("/.-_");
    std::string_view word = rest.substr(0, cut);
    if (!word.empty() && is_environment_word(word)) return true;
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  return false;
}

void build_environments(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out,
                        const EnvironmentConfig& config) {
  // The files of environment sets; pipelines say where they deploy through pipeline_environments instead.
  std::vector<const Document*> files;
  for (const Document* d : docs)
    if (feeds_model("environment", d->kind) && !is_pipeline_kind(d->kind)) files.push_back(d);
  std::map<std::string, std::vector<Membership>> where = memberships(files);
  // A chart's values.yaml by folder: what its values-<env>.yaml files override, and what they leave as it is.
  // Terraform files by folder: the variables a stack declares, which its tfvars may set.
  std::map<std::string_view, const Document*> chart_values;
  std::map<std::string_view, std::vector<const Document*>> terraform_files;
  for (const Document* d : docs) {
    std::string_view folder = path_folder(d->path()), name = path_name(d->path());
    if (d->kind == "helm-values" && (name == "values.yaml" || name == "values.yml") && d->root && d->root->is_map())
      chart_values[folder] = d;
    if (d->kind == "terraform" && d->root && d->root->is_map()) terraform_files[folder].push_back(d);
  }
  // Files a kustomization names as patches: they change an object a base defines, and are no component.
  std::unordered_set<std::string> patches;
  for (const Document* d : files)
    if (d->kind == "kustomization")
      for (std::string& p : kustomize::patch_paths(*d)) patches.insert(std::move(p));
  for (const Document* doc : files) {
    auto it = where.find(doc->path());
    if (it == where.end()) continue;
    for (const Membership& m : it->second) {
      ModelBuilder b(*doc, "environment");
      Span at = doc->root ? doc->root->span : doc->source->span(0, 0);
      Node* item = b.map(at);
      b.set(item, "set", b.str(m.set, at));
      b.set(item, "layout", b.str(m.layout, at));
      b.set(item, "env", b.str(m.env, at));
      std::string_view tier = pipeline::tier_of(m.env);
      b.set(item, "tier", b.str(tier.empty() ? "other" : tier, at));
      if (int r = rank_in(config, m.env, tier)) b.set(item, "rank", b.integer(r, at));
      b.set(item, "component", b.str(m.component, at));
      const Node* root = doc->root;
      bool patch = patches.count(doc->path()) > 0;  // no component of its own, neither object nor file
      if (doc->kind == "terraform") {
        add_modules(b, item, root);
        add_resources(b, item, root);
        add_helm_releases(b, item, root);
      } else if (doc->kind == "kubernetes") {
        if (!patch) add_object(b, item, root);
        // A manifest's fields are its settings; `part` tells the objects of a multi-document file apart.
        if (root && root->is_map()) {
          b.set(item, "settings", b.copy(root), root->span);
          if (const Node* objects = item->get("objects"); objects && !objects->entries.empty())
            b.set(item, "part", b.str(objects->entries[0].key, at));
          else
            b.set(item, "part", b.str(std::string(1, '#').append(std::to_string(doc->index + 1)), at));
        }
      } else if (doc->kind == "kustomization") {
        if (root && root->is_map()) add_images(b, item, *doc);
        add_kustomize_charts(b, item, root);
        add_bases(b, item, root);
      } else if (is_settings_kind(doc->kind) && root && root->is_map()) {
        b.set(item, "settings", b.copy(root), root->span);
        std::string_view folder = path_folder(doc->path());
        auto base = chart_values.find(folder);
        if (doc->kind == "helm-values" && base != chart_values.end() && base->second != doc)
          b.set(item, "defaults", b.copy(base->second->root), at);
        if (auto tf = terraform_files.find(folder); doc->kind == "terraform-vars" && tf != terraform_files.end())
          add_declared_variables(b, item, tf->second, at);
      }
      if (!patch) add_components(b, item, m.component);
      if (!config.allow_differ.empty()) {
        Node* allowed = b.seq(at);
        for (const std::string& key : config.allow_differ) b.push(allowed, b.str(key, at));
        b.set(item, "allow_differ", allowed, at);
      }
      out->push_back(b.finish(item));
    }
  }
}

}  // namespace tollgate

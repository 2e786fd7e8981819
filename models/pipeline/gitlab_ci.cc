// GitLab CI files as pipeline items.
// Syntax: https://docs.gitlab.com/ci/yaml/ ; `extends` merges the named templates under the job, the job's own
// keys winning, nearest template first (https://docs.gitlab.com/ci/yaml/#extends); a job with `needs` waits only
// for those jobs, otherwise for every job of the earlier stages (https://docs.gitlab.com/ci/yaml/#needs).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "models/pipeline/adapters.h"
#include "parsers/text_util.h"

namespace tollgate::pipeline {

namespace {

const std::unordered_set<std::string_view>& reserved_keys() {
  static const std::unordered_set<std::string_view> k = {
      "stages", "variables", "include", "workflow", "image", "services", "cache", "spec", "default",
      "before_script", "after_script", "types"};
  return k;
}

std::string include_path(std::string_view p) {
  while (!p.empty() && p.front() == '/') p.remove_prefix(1);
  return std::string(p);
}

// The documents `include: local` can name, by path: GitLab CI files, and YAML anywhere else (an included file
// outside .gitlab/ci/ is classed generic YAML: the include is what makes it CI). A path may hold several documents.
using CiFiles = std::unordered_map<std::string_view, std::vector<const Document*>>;

// Built at the first question: most GitLab files include nothing and find every template in themselves.
class LazyCiFiles {
 public:
  explicit LazyCiFiles(const std::vector<const Document*>& all) : all_(all) {}
  const CiFiles& get() const {
    if (!files_) {
      files_.emplace();
      for (const Document* d : all_)
        if (d->kind == "gitlab-ci" || d->kind == "generic-yaml") (*files_)[d->path()].push_back(d);
    }
    return *files_;
  }

 private:
  const std::vector<const Document*>& all_;
  mutable std::optional<CiFiles> files_;
};

// The folder of the project a file belongs to, as `include: local` paths read it: the nearest folder at or above
// the file's that holds a .gitlab-ci.yml. GitLab reads them from the repository's top, which is the scan's root
// when one repository is scanned; a scan of a folder of several repositories finds each one's top this way.
std::string project_folder(const Document& doc, const CiFiles& files) {
  std::string_view dir = path_folder(doc.path());
  while (!dir.empty()) {
    for (std::string_view name : {"/.gitlab-ci.yml", "/.gitlab-ci.yaml"})
      if (files.count(std::string(dir) + std::string(name))) return std::string(dir);
    dir = path_folder(dir);
  }
  return {};
}

// The documents this file includes with `include: local` (and theirs), without cycles. A path is looked up from
// the scan's root first, then from the project's folder (`project`, found for the first file).
void local_includes(const Document& doc, const CiFiles& files, std::vector<const Document*>* out, int depth = 0,
                    const std::string* project = nullptr) {
  if (depth > 8 || !doc.root || !doc.root->is_map()) return;
  const Node* inc = doc.root->get("include");
  if (!inc) return;
  std::string own;
  if (!project) project = &(own = project_folder(doc, files));
  auto add = [&](std::string_view path) {
    std::string rel = include_path(path);
    auto it = files.find(rel);
    if (it == files.end() && !project->empty()) it = files.find(*project + "/" + rel);
    if (it == files.end()) return;
    for (const Document* d : it->second)
      if (std::find(out->begin(), out->end(), d) == out->end()) {
        out->push_back(d);
        local_includes(*d, files, out, depth + 1, project);
      }
  };
  auto one = [&](const Node* i) {
    if (!i) return;
    if (i->is_string() && i->text.find("://") == std::string::npos) add(i->text);
    if (const Node* l = i->is_map() ? i->get("local") : nullptr; l && l->is_string()) add(l->text);
  };
  if (inc->is_seq())
    for (const Entry& e : inc->entries) one(e.value);
  else
    one(inc);
}

// A job's keys through `extends`: the job's own map first, then its templates, nearest first. Each layer knows
// whether it is in this file (its spans can be used) or in another one (located at the `extends:` entry), and
// which.
struct Layer {
  const Node* map;
  bool here;
  const Document* from = nullptr;  // the other file, when not here
};

// The files that GitLab merges with this one although it does not include them: those that include it, and
// everything they include. An included file (`.gitlab/ci/build.yml`) may extend a template that a sibling
// include defines: GitLab resolves `extends:` over the merged configuration.
std::vector<const Document*> co_included(const Document& doc, const CiFiles& files) {
  std::vector<const Document*> out;
  for (const auto& [path, docs] : files)
    for (const Document* d : docs) {
      if (d == &doc || d->kind != "gitlab-ci" || !d->root || !d->root->is_map() || !d->root->get("include")) continue;
      std::vector<const Document*> inc;
      local_includes(*d, files, &inc);
      if (std::find(inc.begin(), inc.end(), &doc) == inc.end()) continue;
      for (const Document* x : inc)
        if (x != &doc && std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
      if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
    }
  // In path order, whatever the table's: the first template found by a name must not change between runs.
  std::sort(out.begin(), out.end(), [](const Document* a, const Document* b) {
    return a->path() != b->path() ? a->path() < b->path() : a->index < b->index;
  });
  return out;
}

class Resolver {
 public:
  Resolver(const Document& doc, std::vector<const Document*> included, const LazyCiFiles& files)
      : doc_(doc), included_(std::move(included)), files_(files) {}

  std::vector<Layer> layers(const Node* job) const {
    std::vector<Layer> out;
    std::vector<const Node*> seen;
    add(job, nullptr, &out, &seen, 0);
    return out;
  }

 private:
  // Templates named by extends are searched in this file first, then in the included files, then (looked up
  // once, at the first miss) in the files merged with this one.
  std::pair<const Node*, const Document*> find(std::string_view name) const {
    if (const Node* t = doc_.root->get(name); t && t->is_map()) return {t, nullptr};
    auto in = [&](const std::vector<const Document*>& docs) -> std::pair<const Node*, const Document*> {
      for (const Document* d : docs)
        if (d->root && d->root->is_map())
          if (const Node* t = d->root->get(name); t && t->is_map()) return {t, d};
      return {nullptr, nullptr};
    };
    if (auto found = in(included_); found.first) return found;
    if (!merged_) merged_ = co_included(doc_, files_.get());
    return in(*merged_);
  }
  // from: the file m is in (nullptr: this one).
  void add(const Node* m, const Document* from, std::vector<Layer>* out, std::vector<const Node*>* seen,
           int depth) const {
    if (!m || depth > 11 || std::find(seen->begin(), seen->end(), m) != seen->end()) return;  // GitLab allows 11 levels
    seen->push_back(m);
    out->push_back({m, from == nullptr, from});
    const Node* ext = m->get("extends");
    if (!ext) return;
    std::vector<const Node*> names;
    if (ext->is_string()) names.push_back(ext);
    for (const Entry& e : ext->entries)
      if (e.value && e.value->is_string()) names.push_back(e.value);
    // With several templates the last one wins a conflict, so it is the nearest layer.
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
      auto [t, t_from] = find((*it)->text);
      add(t, t_from, out, seen, depth + 1);
    }
  }
  const Document& doc_;
  std::vector<const Document*> included_;
  const LazyCiFiles& files_;
  mutable std::optional<std::vector<const Document*>> merged_;
};

// The value of key for a job, from its nearest layer that sets it; *at is where a rule should point: the value
// itself in this file, or the job's `extends:` entry when it comes from an included file.
const Node* lookup(const std::vector<Layer>& layers, std::string_view key, const Node* job, Span* at) {
  for (const Layer& l : layers) {
    const Node* v = l.map->get(key);
    if (!v) continue;
    const Entry* ext = job->entry("extends");
    *at = l.here ? v->span : (ext ? ext->key_span : job->span);
    return v;
  }
  return nullptr;
}

std::string_view portable_source(std::string_view s) {
  if (s == "push") return "push";
  if (s == "merge_request_event" || s == "external_pull_request_event") return "pull_request";
  if (s == "schedule") return "schedule";
  if (s == "web") return "manual";
  if (s == "api" || s == "trigger" || s == "chat") return "api";
  if (s == "pipeline" || s == "parent_pipeline") return "pipeline";
  return "other";
}

// Triggers: GitLab runs a file's pipeline on pushes unless `workflow: rules:` say otherwise; the sources named
// in those rules (`$CI_PIPELINE_SOURCE == "merge_request_event"`) are the events it runs on.
void triggers(PipelineBuilder& p, const Node& root) {
  bool any = false;
  if (const Node* wf = root.get("workflow"); wf && wf->is_map())
    if (const Node* rules = wf->get("rules"); rules && rules->is_seq())
      for (const Entry& r : rules->entries) {
        const Node* cond = r.value && r.value->is_map() ? r.value->get("if") : nullptr;
        if (!cond || !cond->is_scalar()) continue;
        const Node* when = r.value->get("when");
        if (when && when->text == "never") continue;
        std::string_view t = cond->text;
        for (size_t at = t.find("CI_PIPELINE_SOURCE"); at != std::string_view::npos; at = t.find("CI_PIPELINE_SOURCE", at + 1)) {
          size_t q = t.find_first_of("\"'", at);
          if (q == std::string_view::npos) break;
          size_t e = t.find(t[q], q + 1);
          if (e == std::string_view::npos) break;
          std::string_view src = t.substr(q + 1, e - q - 1);
          p.trigger(portable_source(src), src, cond->span);
          any = true;
        }
        if (t.find("CI_PIPELINE_SOURCE") != std::string_view::npos) continue;
        // A rule that names no source: by what it tests, a tag, a merge request or a branch push.
        if (t.find("CI_COMMIT_TAG") != std::string_view::npos) p.trigger("tag", "tag", cond->span);
        else if (t.find("CI_MERGE_REQUEST_") != std::string_view::npos) p.trigger("pull_request", "merge_request_event", cond->span);
        else p.trigger("push", "push", cond->span);
        any = true;
      }
  if (!any) p.trigger("push", "push", root.span);
}

void includes(PipelineBuilder& p, const Node& root) {
  const Node* inc = root.get("include");
  if (!inc) return;
  ModelBuilder& b = p.b();
  Node* out = b.set(p.root(), "includes", b.seq(inc->span));
  auto ref = [&](std::string_view r, std::string_view pinned, const Span& at) {
    Node* m = b.push(out, b.map(at));
    b.set(m, "ref", b.str(r, at));
    b.set(m, "pinned", b.str(pinned, at));
  };
  auto one = [&](const Node* i) {
    if (!i) return;
    if (i->is_string()) {
      bool remote = i->text.find("://") != std::string::npos;
      ref(i->text, remote ? "none" : "local", i->span);
      return;
    }
    if (!i->is_map()) return;
    if (const Node* l = i->get("local"); l && l->is_scalar()) ref(l->text, "local", l->span);
    if (const Node* r = i->get("remote"); r && r->is_scalar()) ref(r->text, "none", r->span);
    // GitLab's own templates are versioned with the instance that runs them.
    if (const Node* t = i->get("template"); t && t->is_scalar()) ref(t->text, "tag", t->span);
    if (const Node* c = i->get("component"); c && c->is_scalar()) ref(c->text, pinning(c->text, "include"), c->span);
    if (const Node* pr = i->get("project"); pr && pr->is_scalar()) {
      const Node* r = i->get("ref");
      std::string full = pr->text + (r && r->is_scalar() ? "@" + r->text : "");
      std::string_view pin = !r ? "branch" : pinning(full, "include");  // no ref: the project's default branch
      ref(full, pin, pr->span);
    }
  };
  if (inc->is_seq())
    for (const Entry& e : inc->entries) one(e.value);
  else
    one(inc);
}

// An environment name written as one variable (`$DEPLOY_ENV`, `${DEPLOY_ENV}`): the literal value the nearest
// `variables:` gives it (the job's, its templates', the defaults', then the file's), else the name as written.
std::string_view variable_value(const std::vector<Layer>& layers, const Node* root, std::string_view name) {
  std::string_view v = name;
  if (v.starts_with("${") && v.ends_with("}")) v = v.substr(2, v.size() - 3);
  else if (v.starts_with("$")) v = v.substr(1);
  else return name;
  if (v.empty() || !std::all_of(v.begin(), v.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
    return name;
  std::vector<const Node*> scopes;
  for (const Layer& l : layers) scopes.push_back(l.map);
  scopes.push_back(root);
  for (const Node* scope : scopes) {
    const Node* vars = scope ? scope->get("variables") : nullptr;
    const Node* x = vars && vars->is_map() ? vars->get(v) : nullptr;
    if (!x) continue;
    if (x->is_map()) x = x->get("value");  // `NAME: { value: ..., description: ... }`
    bool literal = x && x->is_scalar() && !x->text.empty() && x->text.find('$') == std::string::npos;
    return literal ? std::string_view(x->text) : name;
  }
  return name;
}

bool manual(const Node* when) { return when && when->is_scalar() && when->text == "manual"; }

void job(PipelineBuilder& p, const Entry& je, const Resolver& res, const Node* defaults, const Node* root) {
  const Node* j = je.value;
  ModelBuilder& b = p.b();
  std::vector<Layer> layers = res.layers(j);
  if (defaults && defaults->is_map()) layers.push_back({defaults, true});
  Node* job = p.job(je.key, je.key_span, j->span);
  Span at;
  const Node* stage = lookup(layers, "stage", j, &at);
  if (stage && stage->is_scalar()) {
    b.set(job, "stage", b.str(stage->text, at));
  } else {
    // GitLab's default stage: where the job runs, but not something its author said about it.
    b.set(job, "stage", b.str("test", je.key_span));
    b.set(job, "stage_implied", b.boolean(true, je.key_span));
  }

  if (const Node* env = lookup(layers, "environment", j, &at)) {
    const Node* name = env->is_map() ? env->get("name") : env;
    const Node* tier = env->is_map() ? env->get("deployment_tier") : nullptr;
    const Node* action = env->is_map() ? env->get("action") : nullptr;
    if (name && name->is_scalar()) {
      Span name_at = at.line == env->span.line && at.col == env->span.col ? name->span : at;
      std::string_view t = tier && tier->is_scalar() ? std::string_view(tier->text) : std::string_view();
      if (t == "other") t = {};
      p.environment(job, variable_value(layers, root, name->text), name_at, t);
      if (action && action->is_scalar())
        b.set(const_cast<Node*>(job->get("environment")), "action", b.str(action->text, name_at));
    }
  }
  // when: manual on the job, or in one of its rules, makes a person start it. The jobs after it wait for that
  // only when it may not fail: GitLab's default for a manual job is allow_failure: true, for a manual rule false.
  const Node* when = lookup(layers, "when", j, &at);
  Span when_at = at;
  const Node* job_af = lookup(layers, "allow_failure", j, &at);
  bool job_af_false = job_af && job_af->type == NodeType::boolean && job_af->text == "false";
  if (manual(when)) {
    p.gate(job, "manual", when_at);
    if (!job_af_false) p.gate_passable(job);
  }
  const Node* rules = lookup(layers, "rules", j, &at);
  Span rules_at = at;
  if (rules && rules->is_seq()) {
    bool all_never = !rules->entries.empty();
    std::string text;
    for (const Entry& r : rules->entries) {
      const Node* w = r.value && r.value->is_map() ? r.value->get("when") : nullptr;
      if (manual(w) && !job->get("gate")) {
        p.gate(job, "manual", rules_at.begin == w->span.begin ? w->span : rules_at);
        const Node* rule_af = r.value->get("allow_failure");
        if (is_true(rule_af) || (!rule_af && is_true(job_af))) p.gate_passable(job);
      }
      if (!w || w->text != "never") all_never = false;
      if (const Node* c = r.value && r.value->is_map() ? r.value->get("if") : nullptr; c && c->is_scalar()) {
        text += (text.empty() ? "" : " || ") + c->text;
        // A rule that matches merge request pipelines adds the job to them.
        if ((!w || w->text != "never") && condition_selects_pull_requests(c->text))
          p.on_pull_request(job, rules_at.begin == rules->span.begin ? c->span : rules_at);
      }
      // allow_failure in a rule applies when that rule matches: the job may fail then.
      const Node* af = r.value && r.value->is_map() ? r.value->get("allow_failure") : nullptr;
      if (is_true(af) && !job->get("may_fail"))
        p.may_fail(job, rules_at.begin == rules->span.begin ? af->span : rules_at);
    }
    p.condition(job, text, rules_at, false, all_never);
  } else if (when && when->is_scalar() && (when->text == "never" || when->text == "always")) {
    p.condition(job, "when: " + when->text, when_at, when->text == "always", when->text == "never");
  }
  if (const Node* af = lookup(layers, "allow_failure", j, &at); is_true(af))
    p.may_fail(job, at);
  // `only: [merge_requests]` (or `only: { refs: [merge_requests] }`), the older form of the same.
  if (const Node* only = lookup(layers, "only", j, &at); only && !rules) {
    const Node* refs = only->is_map() ? only->get("refs") : only;
    if (refs && refs->is_seq())
      for (const Entry& e : refs->entries)
        if (e.value && e.value->is_scalar() && e.value->text == "merge_requests")
          p.on_pull_request(job, at.begin == only->span.begin ? e.value->span : at);
  }
  if (const Node* vars = lookup(layers, "variables", j, &at); vars && vars->is_map())
    p.env(job, *vars, at.begin == vars->span.begin ? nullptr : &at);
  if (const Node* svc = lookup(layers, "services", j, &at); svc && svc->is_seq()) {
    for (const Entry& e : svc->entries) {
      const Node* name = e.value && e.value->is_map() ? e.value->get("name") : e.value;
      if (name && name->is_string() && !name->text.empty())
        p.service(job, name->text, at.begin == svc->span.begin ? name->span : at);
    }
  }

  if (const Node* needs = lookup(layers, "needs", j, &at); needs && needs->is_seq()) {
    p.needs_are_written(job);
    for (const Entry& n : needs->entries) {
      // `needs: [{ project:, job: }]` and `{ pipeline: }` name jobs of other pipelines, not of this one.
      if (n.value && n.value->is_map() && (n.value->get("project") || n.value->get("pipeline"))) continue;
      const Node* id = n.value && n.value->is_map() ? n.value->get("job") : n.value;
      if (id && id->is_scalar()) p.add_id(job, "needs", id->text, at.begin == needs->span.begin ? id->span : at);
    }
  }
  if (const Node* img = lookup(layers, "image", j, &at)) {
    const Node* name = img->is_map() ? img->get("name") : img;
    if (name && name->is_string()) p.uses(job, "image", name->text, "image", at.begin == img->span.begin ? name->span : at);
  }
  if (const Node* tags = lookup(layers, "tags", j, &at); tags && tags->is_seq()) {
    Node* r = b.set(job, "runner", b.map(at));
    Node* labels = b.set(r, "labels", b.seq(at));
    bool self_hosted = false;
    for (const Entry& t : tags->entries)
      if (t.value && t.value->is_scalar()) {
        b.push(labels, b.str(t.value->text, at));
        if (t.value->text.rfind("saas-", 0) != 0) self_hosted = true;  // GitLab.com's own runners are saas-*
      }
    b.set(r, "self_hosted", b.boolean(self_hosted, at));
  }
  if (const Node* trig = lookup(layers, "trigger", j, &at)) {
    const Node* what = trig->is_map() ? (trig->get("project") ? trig->get("project") : trig->get("include")) : trig;
    if (what && what->is_scalar()) p.uses(job, "uses", what->text, "template", at);
  }
  if (const Node* c = lookup(layers, "resource_group", j, &at); c && c->is_scalar()) b.set(job, "concurrency", b.str(c->text, at));
  // The scripts, each a step: before_script and after_script also come from `default:` (or the old top-level keys).
  for (std::string_view key : {"before_script", "script", "after_script"}) {
    for (const Layer& l : layers) {
      if (!l.map->get(key)) continue;
      Node* step = p.step(job, l.here ? l.map->get(key)->span : j->span);
      b.set(step, "name", b.str(key, l.here ? l.map->entry(key)->key_span : je.key_span));
      if (l.here) {
        p.script(step, *l.map, key);
      } else if (l.from) {
        // A template's script in another file: what it does, located at the job's `extends:`.
        const Entry* ext = j->entry("extends");
        p.script_from(step, *l.from, *l.map, key, ext ? ext->key_span : je.key_span);
      }
      break;
    }
  }
}

}  // namespace

std::unique_ptr<Document> gitlab_ci(const Document& doc, const std::vector<const Document*>& all) {
  const Node* root = doc.root;
  if (!root || !root->is_map()) return nullptr;
  PipelineBuilder p(doc, "gitlab-ci");
  LazyCiFiles files(all);
  std::vector<const Document*> included;
  if (root->get("include")) local_includes(doc, files.get(), &included);
  Resolver res(doc, included, files);
  triggers(p, *root);
  includes(p, *root);
  if (const Node* vars = root->get("variables"); vars && vars->is_map()) p.env(p.root(), *vars);
  std::vector<std::string> stages;
  if (const Node* s = root->get("stages"); s && s->is_seq()) {
    // The stages as written (a rule checks that jobs name one of them); the order below adds GitLab's own.
    ModelBuilder& b = p.b();
    Node* declared = b.set(p.root(), "stages", b.seq(s->span));
    for (const Entry& e : s->entries)
      if (e.value && e.value->is_scalar()) {
        stages.push_back(e.value->text);
        b.push(declared, b.copy(e.value));
      }
  }
  if (stages.empty()) stages = {"build", "test", "deploy"};  // GitLab's default stages
  stages.insert(stages.begin(), ".pre");
  stages.push_back(".post");
  // Old-style top-level before_script / after_script act as defaults.
  const Node* defaults = root->get("default");
  for (const Entry& e : root->entries) {
    if (!e.value || !e.value->is_map() || reserved_keys().count(e.key) || e.key.empty() || e.key[0] == '.') continue;
    job(p, e, res, defaults ? defaults : root, root);
  }
  return p.finish(stages);
}

}  // namespace tollgate::pipeline

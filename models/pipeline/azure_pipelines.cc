// Azure Pipelines YAML as pipeline items.
// Syntax: https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/ . A pipeline is stages of jobs of
// steps; a file with only `jobs:` is one stage and a file with only `steps:` one job. Stages run in the order
// written unless `dependsOn` says otherwise (`dependsOn: []`: none); jobs of a stage run in parallel unless their
// `dependsOn` names others of the stage. Without `trigger:` a pipeline runs on pushes to every branch, without
// `pr:` on pull requests; `none` turns either off. A deployment job runs on an environment whose approvals and
// checks are configured in Azure DevOps, not in the file: its gate is "approval".
//
// Templates: `template: path.yml` is a file of this repository (relative to the including file, or to the
// repository's root with a leading `/`), `template: path.yml@alias` one of the repository `alias` of
// `resources.repositories`, pinned by that entry's `ref:`. A same-repository steps template is read for what its
// steps do, each command located at the `template:` line that brings it in (an item's nodes lie in its file);
// a jobs or stages template becomes one job that `uses` it, and what its steps do is read the same way.
// `extends: template:` is one job that uses it; the stages or jobs passed to it as parameters are read as this
// file's.
#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

#include "models/pipeline/adapters.h"
#include "parsers/text_util.h"

namespace tollgate::pipeline {

namespace {

constexpr int kMaxTemplateDepth = 8;   // Azure allows 100 nested template files; real ones nest two or three
constexpr int kMaxExpressionDepth = 8;

bool is_none(const Node* v) { return v && v->is_scalar() && ascii_lower(v->text) == "none"; }

bool has_variables(std::string_view s) {
  return s.find("$(") != std::string_view::npos || s.find("${{") != std::string_view::npos ||
         s.find("$[") != std::string_view::npos;
}

// The repository alias of a template reference (`x.yml@templates`), "" for none.
std::string_view repository_of(std::string_view ref) {
  size_t at = ref.rfind('@');
  return at == std::string_view::npos ? std::string_view() : ref.substr(at + 1);
}

// The items of a stages, jobs or steps list, with `${{ if ... }}:` and `${{ each ... }}:` insertions read
// through: what they insert may run, so it is part of the pipeline.
void each_item(const Node* list, const std::function<void(const Node&)>& fn, int depth = 0) {
  if (!list || !list->is_seq() || depth > kMaxExpressionDepth) return;
  for (const Entry& e : list->entries) {
    const Node* v = e.value;
    if (!v || !v->is_map()) continue;
    if (v->size() >= 1 && v->entries[0].key.rfind("${{", 0) == 0) {
      for (const Entry& x : v->entries) each_item(x.value, fn, depth + 1);
      continue;
    }
    fn(*v);
  }
}

// A repository-relative path from a template reference written in the file at `from`.
std::string template_path(std::string_view ref, std::string_view from) {
  std::string joined;
  if (!ref.empty() && ref[0] == '/') {
    joined = std::string(ref.substr(1));
  } else {
    size_t slash = from.rfind('/');
    joined = (slash == std::string_view::npos ? std::string() : std::string(from.substr(0, slash + 1))) + std::string(ref);
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

// `always()`, `true`, `succeededOrFailed()`, `not(canceled())`: a condition that cannot be false (a cancelled run
// is not a failure to guard against). Azure's functions are case-insensitive.
bool always_true(std::string_view c) {
  std::string s;
  for (char ch : c)
    if (ch != ' ') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  return s == "true" || s == "always()" || s == "succeededorfailed()" || s == "not(canceled())";
}

bool always_false(std::string_view c) {
  std::string s;
  for (char ch : c)
    if (ch != ' ') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  return s == "false";
}

// Tasks that run a tool whose subcommand is an input: name (lower case, without @version) -> tool and the inputs
// holding the subcommand. Script tasks carry their script in an input.
struct ToolTask {
  std::string_view task, tool, sub_input;
};
constexpr ToolTask kToolTasks[] = {
    {"docker", "docker", "command"},       {"kubernetes", "kubectl", "command"}, {"helmdeploy", "helm", "command"},
    {"dotnetcorecli", "dotnet", "command"}, {"npm", "npm", "command"},           {"maven", "mvn", "goals"},
    {"gradle", "gradle", "tasks"},         {"terraformtaskv4", "terraform", "command"},
    {"terraformtaskv3", "terraform", "command"}, {"terraformtask", "terraform", "command"},
    {"terraformcli", "terraform", "command"},    {"terraform", "terraform", "command"},
    {"nugetcommand", "dotnet", "command"},       {"githubrelease", "gh", "action"},
};
// Inputs that hold the tool's own command-line words (`args: -auto-approve`, `arguments: --no-restore`): read as
// words, where other inputs become `--input=value`.
constexpr std::string_view kArgumentInputs[] = {"arguments", "args", "commandoptions"};
constexpr std::string_view kScriptTasks[][2] = {
    {"bash", "script"},     {"cmdline", "script"},   {"powershell", "script"},
    {"azurecli", "inlineScript"}, {"azurepowershell", "Inline"},
};

// Appends the space-separated words of s (an input's value, as the task splits it).
void split_words(std::string_view s, std::vector<std::string>* out) {
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out->emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
}

class Azure {
 public:
  Azure(PipelineBuilder& p, const Document& doc, const std::vector<const Document*>& all)
      : p_(p), b_(p.b()), doc_(doc), all_(all) {}

  void read(const Node& root) {
    root_ = &root;
    triggers(root);
    if (const Node* vars = root.get("variables")) p_.env(p_.root(), *vars);
    p_.jobs_wait_for_skipped();
    if (const Node* stages = root.get("stages"); stages && stages->is_seq()) {
      each_item(stages, [&](const Node& s) { stage(s); });
    } else if (const Node* jobs = root.get("jobs"); jobs && jobs->is_seq()) {
      size_t st = new_stage("", nullptr, nullptr);
      each_item(jobs, [&](const Node& j) { job(j, st); });
    } else if (const Node* steps = root.get("steps"); steps && steps->is_seq()) {
      size_t st = new_stage("", nullptr, nullptr);
      const Entry* e = root.entry("steps");
      Node* j = add_job("Job", e->key_span, root.span, st);  // Azure's name for the implicit job
      pool(j, nullptr, nullptr);
      step_list(j, steps);
    } else if (const Node* ext = root.get("extends"); ext && ext->is_map()) {
      if (const Node* t = ext->get("template"); t && t->is_scalar()) {
        size_t st = new_stage("", nullptr, nullptr);
        Node* j = add_job(t->text, t->span, ext->span, st);
        template_ref(j, *t, true);
      }
      // The usual extends template (Microsoft's 1ES templates, a platform team's) takes the pipeline's stages or
      // jobs as a parameter and runs them with its own around them: they are this file's stages and jobs.
      ordered_from_ = stages_.size();  // the template's job is no stage of the order
      if (const Node* params = ext->get("parameters"); params && params->is_map()) {
        if (const Node* stages = params->get("stages"); stages && stages->is_seq()) {
          each_item(stages, [&](const Node& s) { stage(s); });
        } else if (const Node* jobs = params->get("jobs"); jobs && jobs->is_seq()) {
          size_t st = new_stage("", nullptr, nullptr);
          each_item(jobs, [&](const Node& j) { job(j, st); });
        }
      }
    }
  }

  std::unique_ptr<Document> finish() {
    // direct predecessors: the jobs of its stage that dependsOn names, and every job of the stages its stage
    // depends on
    for (Stage& st : stages_)
      for (const std::string& name : st.depends)
        for (size_t k = 0; k < stages_.size(); ++k)
          if (stages_[k].id == name) st.after.push_back(k);
    std::vector<std::vector<size_t>> direct(jobs_.size());
    for (size_t i = 0; i < jobs_.size(); ++i) {
      const JobInfo& ji = jobs_[i];
      const Stage& st = stages_[ji.stage];
      for (const std::string& n : ji.depends)
        for (size_t k : st.jobs)
          if (jobs_[k].id == n) direct[i].push_back(k);
      for (size_t s : st.after)
        for (size_t k : stages_[s].jobs) direct[i].push_back(k);
    }
    return p_.finish_after(direct);
  }

 private:
  struct Stage {
    std::string id;
    std::vector<size_t> jobs;         // indexes into jobs_
    std::vector<size_t> after;        // stages it depends on directly, indexes into stages_
    std::vector<std::string> depends; // the stage names its dependsOn writes (any stage of the file)
    Span span;                        // its `stage:` id
    const Node* pool = nullptr;
    const Node* condition = nullptr;  // the stage's own condition
    const Node* variables = nullptr;  // the stage's variables
  };
  struct JobInfo {
    std::string id;
    size_t stage;
    std::vector<std::string> depends;
  };

  // A new stage (its index); depends_on is its dependsOn, absent for "the stage before".
  size_t new_stage(std::string id, const Node* map, const Node* depends_on) {
    size_t index = stages_.size();
    stages_.push_back(Stage{std::move(id), {}, {}, {}, {}, nullptr, nullptr, nullptr});
    Stage& st = stages_.back();
    if (map) {
      st.pool = map->get("pool");
      st.condition = map->get("condition");
      st.variables = map->get("variables");
    }
    // Stages run in the order written: without dependsOn a stage waits for the one before it.
    if (!depends_on) {
      if (index > ordered_from_) st.after.push_back(index - 1);
    } else {
      if (depends_on->is_scalar()) st.depends.push_back(depends_on->text);
      for (const Entry& e : depends_on->entries)
        if (e.value && e.value->is_scalar()) st.depends.push_back(e.value->text);
    }
    return index;
  }

  Node* add_job(std::string_view id, const Span& id_span, const Span& at, size_t stage) {
    Node* j = p_.job(id, id_span, at);
    stages_[stage].jobs.push_back(jobs_.size());
    jobs_.push_back(JobInfo{std::string(id), stage, {}});
    if (!stages_[stage].id.empty()) b_.set(j, "stage", b_.str(stages_[stage].id, stages_[stage].span));
    return j;
  }

  void triggers(const Node& root) {
    const Entry* trig = root.entry("trigger");
    if (!trig) {
      p_.trigger("push", "trigger", root.span);
    } else if (!is_none(trig->value) && trig->value) {
      const Node* v = trig->value;
      bool tags = v->is_map() && v->get("tags");
      bool branches = !v->is_map() || v->get("branches") || !tags;
      if (branches) p_.trigger("push", "trigger", trig->key_span);
      if (tags) p_.trigger("tag", "trigger", v->entry("tags")->key_span);
    }
    const Entry* pr = root.entry("pr");
    if (!pr) p_.trigger("pull_request", "pr", root.span);
    else if (pr->value && !is_none(pr->value)) {
      p_.trigger("pull_request", "pr", pr->key_span);
      pr_at_ = pr->key_span;
      pr_written_ = true;
    }
    if (const Entry* s = root.entry("schedules"); s && s->value && s->value->is_seq() && s->value->size() > 0)
      p_.trigger("schedule", "schedules", s->key_span);
    const Node* res = root.get("resources");
    if (!res || !res->is_map()) return;
    // A pipeline or repository resource starts this pipeline only when it has a trigger.
    auto resource_triggers = [&](std::string_view list, std::string_view id_key, std::string_view event) {
      const Node* items = res->get(list);
      if (!items || !items->is_seq()) return;
      for (const Entry& e : items->entries) {
        const Node* r = e.value;
        const Node* t = r && r->is_map() ? r->get("trigger") : nullptr;
        if (!t || is_none(t) || (t->type == NodeType::boolean && ascii_lower(t->text) == "false")) continue;
        const Node* id = r->get(id_key);
        p_.trigger(event, "resources." + std::string(list), id ? id->span : r->span);
      }
    };
    resource_triggers("pipelines", "pipeline", "pipeline");
    resource_triggers("repositories", "repository", "push");
  }

  void stage(const Node& s) {
    if (const Node* t = s.get("template"); t && t->is_scalar()) {
      // A stages template: a stage of its own in the order, holding one job that uses it.
      // (its stages are named in the template: no job's `stage` can be known)
      size_t st = new_stage("", &s, s.get("dependsOn"));
      Node* j = add_job(t->text, t->span, s.span, st);
      template_ref(j, *t, true);
      return;
    }
    const Node* id = s.get("stage");
    size_t st = new_stage(id && id->is_scalar() && !id->text.empty() ? id->text : "__default", &s, s.get("dependsOn"));
    stages_[st].span = id ? id->span : s.span;
    each_item(s.get("jobs"), [&](const Node& j) { job(j, st); });
  }

  void job(const Node& j, size_t stage_index) {
    if (const Node* t = j.get("template"); t && t->is_scalar()) {
      Node* job = add_job(t->text, t->span, j.span, stage_index);
      template_ref(job, *t, true);
      return;
    }
    const Node* id = j.get("deployment");
    bool deployment = id != nullptr;
    if (!id) id = j.get("job");
    const Span id_span = id ? id->span : j.span;
    Node* job = add_job(id && id->is_scalar() && !id->text.empty() ? id->text : "Job", id_span, j.span, stage_index);
    const Stage& s = stages_[stage_index];
    if (const Node* n = j.get("displayName"); n && n->is_scalar()) b_.set(job, "name", b_.copy(n));
    if (const Node* d = j.get("dependsOn")) {
      b_.set(job, "needs", b_.seq(d->span));
      auto one = [&](const Node* n) {
        if (!n || !n->is_scalar()) return;
        p_.add_id(job, "needs", n->text, n->span);
        jobs_.back().depends.push_back(n->text);
      };
      if (d->is_scalar()) one(d);
      for (const Entry& e : d->entries) one(e.value);
    }
    condition(job, j.get("condition"), s.condition);
    continue_on_error(job, j);
    pool(job, j.get("pool"), s.pool);
    if (const Node* c = j.get("container")) container(job, c);
    pull_requests(job, j.get("condition"), s.condition);
    if (s.variables) p_.env(job, *s.variables);
    if (const Node* vars = j.get("variables")) p_.env(job, *vars);
    if (const Node* svc = j.get("services"); svc && svc->is_map())
      for (const Entry& e : svc->entries)
        if (e.value && e.value->is_string()) {
          const Node* img = container_image(e.value);
          if (img && !img->text.empty()) p_.service(job, img->text, img->span);  // at the image, where it is pinned
        }
    if (deployment) {
      if (const Node* env = j.get("environment")) environment(job, env);
      // The strategy's lifecycle hooks, in the order they run.
      if (const Node* strat = j.get("strategy"); strat && strat->is_map())
        for (const Entry& kind : strat->entries) {
          if (!kind.value || !kind.value->is_map()) continue;
          for (std::string_view hook : {"preDeploy", "deploy", "routeTraffic", "postRouteTraffic"})
            if (const Node* h = kind.value->get(hook); h && h->is_map()) step_list(job, h->get("steps"));
          if (const Node* on = kind.value->get("on"); on && on->is_map())
            for (std::string_view hook : {"failure", "success"})
              if (const Node* h = on->get(hook); h && h->is_map()) step_list(job, h->get("steps"));
        }
    }
    step_list(job, j.get("steps"));
  }

  void environment(Node* job, const Node* env) {
    const Node* name = env->is_map() ? env->get("name") : env;
    if (!name || !name->is_scalar()) return;
    std::string_view n = name->text;
    // `name.resource` targets a resource (a Kubernetes namespace, a VM) of the environment `name`.
    if (!env->is_map()) n = n.substr(0, n.find('.'));
    p_.environment(job, n, name->span);
    if (has_variables(n))
      b_.set(const_cast<Node*>(job->get("environment")), "tier", b_.unknown(name->text, name->span));
    p_.gate(job, "approval", name->span);
  }

  void condition(Node* target, const Node* c, const Node* stage_condition) {
    // A stage's condition holds for its jobs: a job's own condition is tested only when its stage runs.
    if (stage_condition && stage_condition->is_scalar() && always_false(stage_condition->text)) c = stage_condition;
    if (!c && stage_condition) c = stage_condition;
    if (!c || !c->is_scalar()) return;
    p_.condition(target, c->text, c->span, always_true(c->text), always_false(c->text));
  }

  void continue_on_error(Node* target, const Node& map) {
    const Node* c = map.get("continueOnError");
    if (c && c->is_scalar() && ascii_lower(c->text) == "true") p_.may_fail(target, c->span);
  }

  // pool: Microsoft-hosted with `vmImage` (or the `Azure Pipelines` pool), self-hosted when it names another
  // pool. The job's own, else its stage's, else the pipeline's.
  void pool(Node* job, const Node* own, const Node* stage_pool) {
    const Node* r = own ? own : stage_pool ? stage_pool : root_->get("pool");
    if (!r) return;
    const Node* name = r->is_map() ? r->get("name") : r;
    const Node* vm = r->is_map() ? r->get("vmImage") : nullptr;
    if ((!name || !name->is_scalar()) && (!vm || !vm->is_scalar())) return;
    Node* out = b_.set(job, "runner", b_.map(r->span));
    Node* labels = b_.set(out, "labels", b_.seq(r->span));
    if (vm && vm->is_scalar()) b_.push(labels, b_.copy(vm));
    if (name && name->is_scalar()) {
      b_.push(labels, b_.copy(name));
      std::string l = ascii_lower(name->text);
      if (has_variables(name->text)) b_.set(out, "self_hosted", b_.unknown(name->text, name->span));
      else b_.set(out, "self_hosted", b_.boolean(l != "azure pipelines" && l.rfind("hosted ", 0) != 0, name->span));
    } else {
      b_.set(out, "self_hosted", b_.boolean(false, vm->span));
    }
  }

  // A job runs for pull requests when `pr:` is written (Azure runs pull-request validation builds for the
  // branches it names) and neither its condition nor its stage's tests the branch or the build reason, or when a
  // condition selects pull requests by name (`eq(variables['Build.Reason'], 'PullRequest')`).
  void pull_requests(Node* job, const Node* own, const Node* stage_condition) {
    const Node* selects = nullptr;
    bool excluded = false;
    for (const Node* c : {stage_condition, own}) {
      if (!c || !c->is_scalar()) continue;
      if (condition_selects_pull_requests(c->text)) selects = c;
      else if (condition_excludes_pull_requests(c->text)) excluded = true;
    }
    if (excluded) return;
    if (selects) p_.on_pull_request(job, selects->span);
    else if (pr_written_) p_.on_pull_request(job, pr_at_);
  }

  // container: an image, or the alias of a `resources.containers` entry.
  void container(Node* job, const Node* c) {
    const Node* img = container_image(c);
    if (img) p_.uses(job, "image", img->text, "image", img->span);
  }

  const Node* container_image(const Node* c) {
    const Node* img = c->is_map() ? c->get("image") : c;
    if (!img || !img->is_string()) return nullptr;
    if (const Node* res = root_->get("resources"); res && res->is_map() && !c->is_map())
      if (const Node* cs = res->get("containers"); cs && cs->is_seq())
        for (const Entry& e : cs->entries)
          if (const Node* alias = e.value && e.value->is_map() ? e.value->get("container") : nullptr;
              alias && alias->text == img->text) {
            if (const Node* i = e.value->get("image"); i && i->is_string()) img = i;
            break;
          }
    return img;
  }

  void step_list(Node* job, const Node* list) {
    each_item(list, [&](const Node& s) { step(job, s); });
  }

  void step(Node* job, const Node& s) {
    Node* st = p_.step(job, s.span);
    if (const Node* n = s.get("displayName"); n && n->is_scalar()) b_.set(st, "name", b_.copy(n));
    else if (const Node* n2 = s.get("name"); n2 && n2->is_scalar()) b_.set(st, "name", b_.copy(n2));
    ScriptSyntax azure{true, false};
    for (std::string_view key : {"script", "bash", "pwsh", "powershell"})
      if (s.get(key)) p_.script(st, s, key, azure);
    if (const Node* t = s.get("task"); t && t->is_scalar()) {
      p_.uses(st, "uses", t->text, "action", t->span);
      task(st, *t, s.get("inputs"));
    }
    if (const Node* t = s.get("template"); t && t->is_scalar()) template_ref(st, *t, false);
    for (std::string_view key : {"checkout", "download", "publish", "downloadBuild", "getPackage", "reviewApp"})
      if (const Node* v = s.get(key); v && !st->get("name")) b_.set(st, "name", b_.str(key, s.entry(key)->key_span));
    condition(st, s.get("condition"), nullptr);
    if (const Node* c = s.get("condition"); c && c->is_scalar() && condition_excludes_pull_requests(c->text))
      p_.not_on_pull_request(st);
    if (const Node* env = s.get("env")) p_.env(st, *env);
    continue_on_error(st, s);
    if (const Node* en = s.get("enabled"); en && en->is_scalar() && ascii_lower(en->text) == "false")
      p_.condition(st, "enabled: false", en->span, false, true);
  }

  // What a task does beyond its name: a tool task's subcommand input, a script task's script.
  void task(Node* st, const Node& t, const Node* inputs) {
    if (!inputs || !inputs->is_map()) return;
    std::string name = ascii_lower(std::string_view(t.text).substr(0, t.text.find('@')));
    for (const auto& [task_name, input] : kScriptTasks)
      if (name == task_name)
        for (const Entry& e : inputs->entries)
          if (ascii_lower(e.key) == ascii_lower(input) && e.value && e.value->is_scalar()) {
            p_.script(st, *inputs, e.key, ScriptSyntax{true, false});
            return;
          }
    for (const ToolTask& tt : kToolTasks) {
      if (name != tt.task) continue;
      const Node* sub = nullptr;
      const Node* custom = nullptr;  // npm `customCommand`, dotnet `custom`: the subcommand when command is custom
      std::vector<std::string> rest;
      for (const Entry& e : inputs->entries) {
        if (!e.value || !e.value->is_scalar()) continue;
        std::string key = ascii_lower(e.key);
        if (key == ascii_lower(tt.sub_input)) sub = e.value;
        else if (key == "customcommand" || key == "custom") custom = e.value;
        else if (std::find(std::begin(kArgumentInputs), std::end(kArgumentInputs), key) != std::end(kArgumentInputs))
          split_words(e.value->text, &rest);
        else rest.push_back("--" + e.key + "=" + e.value->text);
      }
      if (!sub) return;
      std::vector<std::string> subs;
      std::string sv = sub->text;
      std::string lsv = ascii_lower(sv);
      if (lsv == "custom" && custom) sv = custom->text;
      if (tt.tool == "docker" && lsv == "buildandpush") subs = {"build", "push"};
      else if (tt.tool == "dotnet" && lsv == "push") subs = {"nuget push"};
      else if (tt.tool == "gh") subs = {"release " + lsv};  // GitHubRelease: create, edit, delete
      else subs = {sv};
      // Microsoft's Terraform task runs apply and destroy with -auto-approve, added when commandOptions lacks it
      // (it cannot answer the prompt).
      if (name.rfind("terraformtask", 0) == 0 && (lsv == "apply" || lsv == "destroy") &&
          std::find(rest.begin(), rest.end(), "-auto-approve") == rest.end())
        rest.insert(rest.begin(), "-auto-approve");
      for (const std::string& one : subs) {
        std::vector<std::string> args;
        split_words(one, &args);  // a subcommand input may hold several words (`goals: clean deploy`)
        args.insert(args.end(), rest.begin(), rest.end());
        p_.tool_command(st, tt.tool, args, sub->span);
      }
      return;
    }
  }

  // template: a ref (pinned "local" in this repository, else by the repository resource's ref); a local
  // template's steps are read for what they do.
  // target: a job (a jobs or stages template, `extends`) or a step.
  void template_ref(Node* target, const Node& t, bool is_job) {
    std::string_view ref = t.text;
    p_.uses(target, "uses", ref, "template", t.span);
    Node* r = const_cast<Node*>(target->get("uses"));
    size_t at = ref.rfind('@');
    std::string_view alias = repository_of(ref);
    if (has_variables(ref)) {
      b_.set(r, "pinned", b_.unknown(ref, t.span));
      return;
    }
    if (alias.empty() || alias == "self") {
      b_.set(r, "pinned", b_.str("local", t.span));
      std::string path = template_path(ref.substr(0, at), doc_.path());
      if (!find_template(path)) return;
      // a job that uses a template: one step, at the reference, for what the template's steps do
      Node* st = is_job ? p_.step(target, t.span) : target;
      std::vector<const Document*> seen;
      read_template(st, path, t.span, 0, &seen);
      return;
    }
    b_.set(r, "pinned", repository_pinning(alias, t.span));
  }

  Node* repository_pinning(std::string_view alias, const Span& at) {
    const Node* res = root_->get("resources");
    const Node* repos = res && res->is_map() ? res->get("repositories") : nullptr;
    if (repos && repos->is_seq())
      for (const Entry& e : repos->entries) {
        const Node* r = e.value;
        const Node* name = r && r->is_map() ? r->get("repository") : nullptr;
        if (!name || name->text != alias) continue;
        const Node* ref = r->get("ref");
        if (!ref) return b_.str("branch", at);  // the repository's default branch
        if (!ref->is_scalar() || has_variables(ref->text)) return b_.unknown(ref->is_scalar() ? ref->text : "", at);
        std::string_view v = ref->text;
        if (v.rfind("refs/tags/", 0) == 0) return b_.str("tag", at);
        if (v.rfind("refs/heads/", 0) == 0) return b_.str("branch", at);
        if (v.size() == 40 && v.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos)
          return b_.str("digest", at);
        return b_.str("branch", at);  // a bare name is a branch
      }
    return b_.unknown(alias, at);  // a repository this file does not declare
  }

  // A template file of this repository (classed generic YAML, or Azure Pipelines when named azure-pipelines*).
  const Document* find_template(const std::string& path) const {
    for (const Document* d : all_)
      if (d->path() == path && (d->kind == "generic-yaml" || d->kind == "azure-pipelines") && d->root &&
          d->root->is_map())
        return d;
    return nullptr;
  }

  // Reads a same-repository template's steps (through its jobs, stages and nested local templates) into step,
  // located at `at`.
  void read_template(Node* st, const std::string& path, const Span& at, int depth,
                     std::vector<const Document*>* seen) {
    if (depth > kMaxTemplateDepth) return;
    const Document* t = find_template(path);
    if (!t || std::find(seen->begin(), seen->end(), t) != seen->end()) return;
    seen->push_back(t);
    auto nested_template = [&](std::string_view ref) {
      if (std::string_view alias = repository_of(ref); alias.empty() || alias == "self")
        read_template(st, template_path(ref.substr(0, ref.rfind('@')), t->path()), at, depth + 1, seen);
    };
    std::function<void(const Node*)> steps = [&](const Node* list) {
      each_item(list, [&](const Node& s) {
        ScriptSyntax azure{true, false};
        for (std::string_view key : {"script", "bash", "pwsh", "powershell"})
          if (s.get(key)) p_.script_from(st, *t, s, key, at, azure);
        if (const Node* task = s.get("task"); task && task->is_scalar()) {
          p_.does(st, classify_uses(task->text), at);
          // A script task's script (CmdLine@2, Bash@3, AzureCLI@2 ...), read as a `script:` step's is.
          std::string name = ascii_lower(std::string_view(task->text).substr(0, task->text.find('@')));
          const Node* inputs = s.get("inputs");
          for (const auto& [task_name, input] : kScriptTasks)
            if (name == task_name && inputs && inputs->is_map())
              for (const Entry& e : inputs->entries)
                if (ascii_lower(e.key) == ascii_lower(input) && e.value && e.value->is_scalar())
                  p_.script_from(st, *t, *inputs, e.key, at, azure);
        }
        if (const Node* nested = s.get("template"); nested && nested->is_scalar())
          nested_template(nested->text);
      });
    };
    auto jobs = [&](const Node* list) {
      each_item(list, [&](const Node& j) {
        steps(j.get("steps"));
        if (const Node* strat = j.get("strategy"); strat && strat->is_map())
          for (const Entry& kind : strat->entries)
            if (kind.value && kind.value->is_map())
              for (std::string_view hook : {"preDeploy", "deploy", "routeTraffic", "postRouteTraffic"})
                if (const Node* h = kind.value->get(hook); h && h->is_map()) steps(h->get("steps"));
        if (const Node* nested = j.get("template"); nested && nested->is_scalar())
          nested_template(nested->text);
      });
    };
    const Node* root = t->root;
    steps(root->get("steps"));
    jobs(root->get("jobs"));
    each_item(root->get("stages"), [&](const Node& s) {
      jobs(s.get("jobs"));
      if (const Node* nested = s.get("template"); nested && nested->is_scalar())
        nested_template(nested->text);
    });
  }

  PipelineBuilder& p_;
  ModelBuilder& b_;
  const Document& doc_;
  const std::vector<const Document*>& all_;
  const Node* root_ = nullptr;
  std::vector<Stage> stages_;
  std::vector<JobInfo> jobs_;
  size_t ordered_from_ = 0;  // the first stage that waits for the one before it
  bool pr_written_ = false;  // `pr:` is written and not `none`
  Span pr_at_;
};

}  // namespace

std::unique_ptr<Document> azure_pipelines(const Document& doc, const std::vector<const Document*>& all) {
  const Node* root = doc.root;
  if (!root || !root->is_map()) return nullptr;
  PipelineBuilder p(doc, "azure-pipelines");
  Azure a(p, doc, all);
  a.read(*root);
  return a.finish();
}

}  // namespace tollgate::pipeline

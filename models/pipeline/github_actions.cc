// GitHub Actions workflows and actions (composite, or a Docker image) as pipeline items.
// Syntax: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
#include "models/pipeline/adapters.h"

#include <string>

#include "parsers/text_util.h"

namespace tollgate::pipeline {

namespace {

std::string_view portable_event(std::string_view e) {
  if (e == "push") return "push";
  if (e == "pull_request" || e == "merge_group") return "pull_request";
  if (e == "pull_request_target" || e == "workflow_run") return "pull_request_target";
  if (e == "schedule") return "schedule";
  if (e == "workflow_dispatch") return "manual";
  if (e == "repository_dispatch") return "api";
  if (e == "workflow_call") return "pipeline";
  if (e == "release" || e == "create") return "tag";
  return "other";
}

void triggers(PipelineBuilder& p, const Node& root) {
  const Entry* on = root.entry("on");
  if (!on || !on->value) return;
  const Node* v = on->value;
  auto add = [&](std::string_view e, const Span& at) { p.trigger(portable_event(e), e, at); };
  if (v->is_string()) add(v->text, v->span);
  for (const Entry& e : v->entries) {
    if (v->is_seq() && e.value && e.value->is_string()) add(e.value->text, e.value->span);
    if (v->is_map()) add(e.key, e.key_span);
  }
}

// An expression without its spaces, and without the `${{ }}` around it when the whole is one.
std::string compact_expression(std::string_view c) {
  std::string s;
  for (char ch : c)
    if (ch != ' ') s.push_back(ch);
  if (s.rfind("${{", 0) == 0 && s.size() >= 5 && s.compare(s.size() - 2, 2, "}}") == 0) s = s.substr(3, s.size() - 5);
  return s;
}

// `true`, `always()`, `${{ true }}`, `success() || failure()`: a condition that cannot be false.
bool always_true(std::string_view c) {
  std::string s = compact_expression(c);
  return s == "true" || s == "always()" || s == "success()||failure()" || s == "failure()||success()" ||
         s == "!cancelled()" || s == "1==1";
}

bool always_false(std::string_view c) {
  std::string s = compact_expression(c);
  return s == "false" || s == "1==0" || s == "1==2";
}

void condition(PipelineBuilder& p, Node* target, const Node& map) {
  const Node* c = map.get("if");
  if (!c || !c->is_scalar()) return;
  p.condition(target, c->text, c->span, always_true(c->text), always_false(c->text));
}

void continue_on_error(PipelineBuilder& p, Node* target, const Node& map) {
  const Node* c = map.get("continue-on-error");
  if (is_true(c)) p.may_fail(target, c->span);
}

// Whether `runs-on: ${{ matrix.NAME }}` can pick a self-hosted runner: a value of the matrix's NAME (or of an
// `include` entry's) is `self-hosted`, or a list holding it, and no `exclude` entry of NAME alone removes it.
bool matrix_has_self_hosted(const Node& job, std::string_view runs_on) {
  if (runs_on.find("${{") == std::string_view::npos) return false;
  std::string name = compact_expression(runs_on);
  if (name.rfind("matrix.", 0) != 0) return false;
  name.erase(0, 7);
  const Node* strategy = job.get("strategy");
  const Node* matrix = strategy ? strategy->get("matrix") : nullptr;
  if (!matrix || !matrix->is_map()) return false;
  auto self_hosted = [](const Node* v) {
    if (!v) return false;
    if (v->is_scalar()) return v->text == "self-hosted";
    for (const Entry& e : v->entries)
      if (e.value && e.value->is_scalar() && e.value->text == "self-hosted") return true;
    return false;
  };
  auto excluded = [&](const Node* v) {
    const Node* ex = matrix->get("exclude");
    if (!ex || !ex->is_seq()) return false;
    for (const Entry& e : ex->entries)
      if (e.value && e.value->is_map() && e.value->size() == 1 && e.value->get(name) && e.value->get(name)->text == v->text)
        return true;
    return false;
  };
  if (const Node* values = matrix->get(name); values && values->is_seq())
    for (const Entry& e : values->entries)
      if (self_hosted(e.value) && !(e.value->is_scalar() && excluded(e.value))) return true;
  if (const Node* include = matrix->get("include"); include && include->is_seq())
    for (const Entry& e : include->entries)
      if (e.value && e.value->is_map() && self_hosted(e.value->get(name))) return true;
  return false;
}

void runner(PipelineBuilder& p, Node* job, const Node& j) {
  const Node* r = j.get("runs-on");
  if (!r) return;
  ModelBuilder& b = p.b();
  Node* out = b.set(job, "runner", b.map(r->span));
  Node* labels = b.set(out, "labels", b.seq(r->span));
  bool self_hosted = false;
  auto label = [&](const Node* l) {
    if (!l || !l->is_scalar()) return;
    b.push(labels, b.copy(l));
    if (l->text == "self-hosted") self_hosted = true;
  };
  if (r->is_scalar()) {
    label(r);
    if (matrix_has_self_hosted(j, r->text)) self_hosted = true;
  }
  if (r->is_seq())
    for (const Entry& e : r->entries) label(e.value);
  if (r->is_map()) {
    if (r->get("group")) self_hosted = true;  // runner groups hold an organisation's own runners
    if (const Node* ls = r->get("labels")) {
      if (ls->is_scalar()) label(ls);
      for (const Entry& e : ls->entries) label(e.value);
    }
  }
  b.set(out, "self_hosted", b.boolean(self_hosted, r->span));
}

void steps(PipelineBuilder& p, Node* job, const Node* list) {
  if (!list || !list->is_seq()) return;
  ModelBuilder& b = p.b();
  for (const Entry& e : list->entries) {
    const Node* s = e.value;
    if (!s || !s->is_map()) continue;
    Node* step = p.step(job, s->span);
    if (const Node* n = s->get("name"); n && n->is_scalar()) b.set(step, "name", b.copy(n));
    if (const Node* u = s->get("uses"); u && u->is_scalar()) p.uses(step, "uses", u->text, "action", u->span);
    if (const Node* w = s->get("with")) b.set(step, "with", b.copy(w));
    // Actions that publish only when their inputs ask: docker/build-push-action with `push: true`,
    // goreleaser-action with `args: release ...` (not `check`, `build`, or a `--snapshot`).
    if (const Node* u = s->get("uses"); u && u->is_scalar()) {
      const Node* with = s->get("with");
      if (u->text.rfind("docker/build-push-action", 0) == 0) {
        const Node* push = with ? with->get("push") : nullptr;
        if (!push || push->text != "true") p.forget(step, "publish");
      }
      // Scanner actions told to pass whatever they find: trivy-action `exit-code: 0`, checkov-action and
      // tfsec-action `soft_fail: true`, kics-github-action `ignore_on_exit: all|results` (each action's inputs).
      // A scan whose SARIF goes to code scanning is a report there: its required check is the gate.
      const Node* format = with && with->is_map() ? with->get("format") : nullptr;
      bool sarif = format && format->is_scalar() && ascii_lower(format->text) == "sarif";
      if (with && with->is_map() && !sarif) {
        auto input = [&](std::string_view k) { return with->get(k); };
        const Node* soft = nullptr;
        std::string what;
        if (u->text.find("trivy-action") != std::string::npos) {
          if (const Node* x = input("exit-code"); x && x->is_scalar() && x->text == "0") soft = x, what = "exit-code: 0";
        } else if (u->text.find("checkov-action") != std::string::npos || u->text.find("tfsec-action") != std::string::npos) {
          if (const Node* x = input("soft_fail"); x && x->is_scalar() && ascii_lower(x->text) == "true")
            soft = x, what = "soft_fail: true";
        } else if (u->text.find("kics-github-action") != std::string::npos) {
          if (const Node* x = input("ignore_on_exit"); x && x->is_scalar() && (x->text == "all" || x->text == "results"))
            soft = x, what = "ignore_on_exit: " + x->text;
        }
        if (soft && step->get("does")->get("scan")) b.set(step, "soft_fail", b.str(what, soft->span));
      }
      // pypa/gh-action-pypi-publish attests (PEP 740) only under Trusted Publishing: not with a `password:`
      // token, nor with `attestations: false`.
      if (u->text.rfind("pypa/gh-action-pypi-publish", 0) == 0 && with && with->is_map()) {
        const Node* attest = with->get("attestations");
        if (with->get("password") || (attest && attest->is_scalar() && ascii_lower(attest->text) == "false")) {
          p.forget(step, "sign");
          p.forget(step, "sbom");
        }
      }
      if (u->text.rfind("goreleaser/goreleaser-action", 0) == 0) {
        const Node* args = with ? with->get("args") : nullptr;
        std::string_view a = args && args->is_scalar() ? std::string_view(args->text) : std::string_view();
        if (a.rfind("release", 0) != 0 || a.find("--snapshot") != std::string_view::npos) p.forget(step, "publish");
      }
    }
    if (const Node* env = s->get("env")) b.set(step, "env", b.copy(env));
    p.script(step, *s, "run");
    condition(p, step, *s);
    if (const Node* c = s->get("if"); c && c->is_scalar() && condition_excludes_pull_requests(c->text))
      p.not_on_pull_request(step);
    continue_on_error(p, step, *s);
  }
}

// Service containers: `services: { redis: { image: redis:7 } }` (or the image as the value).
void services(PipelineBuilder& p, Node* job, const Node* svc) {
  if (!svc || !svc->is_map()) return;
  for (const Entry& e : svc->entries) {
    const Node* img = e.value && e.value->is_map() ? e.value->get("image") : e.value;
    if (img && img->is_string() && !img->text.empty()) p.service(job, img->text, img->span);
  }
}

void job(PipelineBuilder& p, const Entry& je, const Span* pr_trigger) {
  const Node* j = je.value;
  if (!j || !j->is_map()) return;
  ModelBuilder& b = p.b();
  Node* job = p.job(je.key, je.key_span, j->span);
  if (const Node* n = j->get("name"); n && n->is_scalar()) b.set(job, "name", b.copy(n));
  runner(p, job, *j);
  if (const Node* c = j->get("container")) {
    const Node* img = c->is_map() ? c->get("image") : c;
    if (img && img->is_string()) p.uses(job, "image", img->text, "image", img->span);
  }
  if (const Node* env = j->get("environment")) {
    const Node* name = env->is_map() ? env->get("name") : env;
    if (name && name->is_scalar()) {
      p.environment(job, name->text, name->span);
      p.gate(job, "environment", name->span);
    }
  }
  if (const Node* needs = j->get("needs")) {
    if (needs->is_scalar()) p.add_id(job, "needs", needs->text, needs->span);
    for (const Entry& n : needs->entries)
      if (n.value && n.value->is_scalar()) p.add_id(job, "needs", n.value->text, n.value->span);
  }
  condition(p, job, *j);
  continue_on_error(p, job, *j);
  if (pr_trigger) {
    const Node* c = j->get("if");
    if (!c || !c->is_scalar()) p.on_pull_request(job, *pr_trigger);
    else if (!condition_excludes_pull_requests(c->text)) p.on_pull_request(job, c->span);
  }
  if (const Node* env = j->get("env")) p.env(job, *env);
  services(p, job, j->get("services"));
  if (const Node* c = j->get("concurrency")) b.set(job, "concurrency", b.copy(c));
  if (const Node* perm = j->get("permissions")) b.set(job, "permissions", b.copy(perm));
  if (const Node* u = j->get("uses"); u && u->is_scalar()) p.uses(job, "uses", u->text, "template", u->span);
  if (const Node* w = j->get("with")) b.set(job, "with", b.copy(w));
  if (const Node* s = j->get("secrets")) b.set(job, "secrets", b.copy(s));
  steps(p, job, j->get("steps"));
}

}  // namespace

std::unique_ptr<Document> github_actions(const Document& doc) {
  const Node* root = doc.root;
  if (!root || !root->is_map()) return nullptr;
  PipelineBuilder p(doc, "github-actions");
  ModelBuilder& b = p.b();
  if (const Node* n = root->get("name"); n && n->is_scalar()) b.set(p.root(), "name", b.copy(n));
  triggers(p, *root);
  if (const Node* perm = root->get("permissions")) b.set(p.root(), "permissions", b.copy(perm));
  if (const Node* c = root->get("concurrency")) b.set(p.root(), "concurrency", b.copy(c));
  if (const Node* env = root->get("env")) p.env(p.root(), *env);
  // The event that runs the workflow for a pull request (a fork's or the repository's own branch).
  const Span* pr = nullptr;
  for (const Entry& t : p.root()->get("triggers")->entries)
    if (t.value->get("raw")->text == "pull_request" || t.value->get("raw")->text == "pull_request_target") {
      pr = &t.value->span;
      break;
    }
  p.jobs_wait_for_skipped();
  if (const Node* jobs = root->get("jobs"); jobs && jobs->is_map()) {
    for (const Entry& je : jobs->entries) job(p, je, pr);
  } else if (const Node* runs = root->get("runs"); runs && runs->is_map()) {
    // A composite action: one job of its steps.
    Node* j = p.job("(action)", runs->span, runs->span);
    steps(p, j, runs->get("steps"));
    // A Docker container action runs its image as a step: `image: docker://...` is pulled as `uses: docker://...`
    // is. `image: Dockerfile` is built from the action's own Dockerfile, which the Dockerfile rules read.
    if (const Node* image = runs->get("image"); image && image->is_string() && image->text.rfind("docker://", 0) == 0)
      p.uses(p.step(j, image->span), "uses", image->text, "action", image->span);
  }
  return p.finish();
}

}  // namespace tollgate::pipeline

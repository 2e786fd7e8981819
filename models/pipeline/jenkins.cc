// Jenkinsfiles (the Groovy tree of parsers/groovy) as pipeline items, declarative and scripted.
// Syntax: https://www.jenkins.io/doc/book/pipeline/syntax/
//
// A job is a stage that runs steps: a declarative `stage` with `steps` (nested `stages`, `parallel` and `matrix`
// stages are jobs of their own, with the top-level stage as their `stage`), or a scripted `stage('x') { }`.
// Top-level stages run one after another, so they order the jobs (`after`). Steps are the step calls inside,
// found through wrappers (`timeout`, `withCredentials`, `script`, `dir`, `catchError`, ...) and through the
// statements of `script` blocks; `sh`, `bat`, `powershell` and `pwsh` steps have their script read as commands.
// Steps of a scripted pipeline outside any stage form one job, `(pipeline)`.
#include "models/pipeline/adapters.h"

#include <algorithm>
#include <string>
#include <vector>

namespace tollgate::pipeline {

namespace {

const Node* arg(const Node* call, size_t i) {
  const Node* a = call->get("args");
  return a ? a->at(i) : nullptr;
}
const Node* named(const Node* call, std::string_view key) {
  const Node* n = call->get("named");
  return n ? n->get(key) : nullptr;
}
std::string_view call_name(const Node* n) {
  const Node* c = n && n->is_map() ? n->get("call") : nullptr;
  return c ? std::string_view(c->text) : std::string_view();
}
// The first call named `name` among a body's statements.
const Node* find(const Node* body, std::string_view name) {
  if (!body) return nullptr;
  for (const Entry& e : body->entries)
    if (call_name(e.value) == name) return e.value;
  return nullptr;
}
// A call's first value: its first positional argument, else the named one `key`.
const Node* value_of(const Node* call, std::string_view key) {
  const Node* v = arg(call, 0);
  return v ? v : named(call, key);
}

bool is_shell_step(std::string_view name) {
  return name == "sh" || name == "bat" || name == "powershell" || name == "pwsh";
}

// The source lines of a Groovy string, delimiters removed: each decoded line on its own source line (an escaped
// newline in a one-line string stays on that line).
std::vector<ShellLine> string_lines(const SourceText& src, const Node& s) {
  std::vector<ShellLine> out;
  std::string_view raw = src.view(s.span.begin, s.span.end);
  uint32_t delim = raw.rfind("'''", 0) == 0 || raw.rfind("\"\"\"", 0) == 0 ? 3 : raw.rfind("$/", 0) == 0 ? 2 : 1;
  uint32_t n = s.span.line;
  size_t start = 0;
  for (bool first = true;; first = false) {
    size_t nl = s.text.find('\n', start);
    std::string line = s.text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    out.push_back({n, std::move(line), first ? s.span.col - 1 + delim : 0});
    if (nl == std::string::npos) break;
    start = nl + 1;
    if (n < s.span.end_line) ++n;
  }
  return out;
}

// Where a Groovy string's text ends: before its closing delimiter.
uint32_t string_end(const SourceText& src, const Node& s) {
  std::string_view raw = src.view(s.span.begin, s.span.end);
  bool triple = raw.size() >= 6 && (raw.rfind("'''", 0) == 0 || raw.rfind("\"\"\"", 0) == 0);
  uint32_t delim = triple ? 3 : raw.rfind("$/", 0) == 0 ? 2 : 1;
  return s.span.end >= s.span.begin + delim ? s.span.end - delim : s.span.end;
}

class Reader {
 public:
  explicit Reader(const Document& doc) : doc_(doc), p_(doc, "jenkins") {}

  std::unique_ptr<Document> read() {
    const Node* root = doc_.root;
    if (!root || !root->is_seq()) return nullptr;
    for (const Entry& e : root->entries)
      if (const Node* st = e.value->is_map() ? e.value->get("stmt") : nullptr; st && st->text == "method")
        methods_.push_back(e.value);
    const Node* pipeline = find(root, "pipeline");
    if (pipeline && pipeline->get("body")) {
      declarative(pipeline->get("body"));
    } else {
      scripted(root, nullptr);
      triggers_in(root);
    }
    if (p_.root()->get("jobs")->size() == 0) return nullptr;
    return p_.finish(order_);
  }

 private:
  // ---- declarative ----

  void declarative(const Node* body) {
    const Node* agent = find(body, "agent");
    if (const Node* t = find(body, "triggers")) triggers_in(t->get("body"));
    if (const Node* env = find(body, "environment")) environment(p_.root(), env);
    if (const Node* s = find(body, "stages")) stages(s->get("body"), agent, "");
  }

  // The stages of a `stages` or `parallel` block; top is the enclosing top-level stage's name ("" at the top).
  void stages(const Node* body, const Node* agent, const std::string& top) {
    if (!body) return;
    for (const Entry& e : body->entries) {
      const Node* st = e.value;
      if (call_name(st) != "stage" || !st->get("body")) continue;
      const Node* name = arg(st, 0);
      std::string id = name && name->is_scalar() ? name->text : "";
      const Node* sb = st->get("body");
      const Node* own_agent = find(sb, "agent");
      const Node* a = own_agent ? own_agent : agent;
      std::string stage = top.empty() ? id : top;
      if (top.empty()) order_.push_back(id);
      if (const Node* steps = find(sb, "steps")) {
        Node* job = p_.job(id, name ? name->span : st->span, st->span);
        p_.b().set(job, "stage", p_.b().str(stage, name ? name->span : st->span));
        runner(job, a);
        if (const Node* w = find(sb, "when")) condition(job, w);
        if (const Node* env = find(sb, "environment")) environment(job, env);
        if (const Node* in = find(sb, "input")) p_.gate(job, "input", in->span);
        walk(job, steps->get("body"), false);
        if (const Node* post = find(sb, "post")) walk(job, post->get("body"), false);
        if (!job->get("gate") && first_input_) p_.gate(job, "input", first_input_->span);
        first_input_ = nullptr;
      }
      if (const Node* inner = find(sb, "stages")) stages(inner->get("body"), a, stage);
      if (const Node* par = find(sb, "parallel")) stages(par->get("body"), a, stage);
      if (const Node* matrix = find(sb, "matrix")) {
        const Node* mb = matrix->get("body");
        const Node* ma = find(mb, "agent");
        if (const Node* inner = find(mb, "stages")) stages(inner->get("body"), ma ? ma : a, stage);
      }
    }
  }

  // agent any / none / { label 'x' } / { node { label 'x' } } / { docker { image 'x' } } / { docker 'x' } /
  // { kubernetes { ... } }. Jenkins agents are the organisation's own machines: self_hosted.
  void runner(Node* job, const Node* agent) {
    if (!agent) return;
    const Node* a0 = arg(agent, 0);
    if (a0 && a0->text == "none") return;
    ModelBuilder& b = p_.b();
    Node* out = b.set(job, "runner", b.map(agent->span));
    Node* labels = b.set(out, "labels", b.seq(agent->span));
    b.set(out, "self_hosted", b.boolean(true, agent->span));
    const Node* body = agent->get("body");
    if (!body) return;
    for (const Entry& e : body->entries) {
      std::string_view kind = call_name(e.value);
      const Node* inner = e.value->get("body");
      const Node* label = kind == "label" ? value_of(e.value, "label") : find(inner, "label");
      if (label && label->is_string()) b.push(labels, b.copy(label));
      if (kind == "docker") {
        const Node* image = arg(e.value, 0) ? arg(e.value, 0) : find(inner, "image") ? arg(find(inner, "image"), 0) : nullptr;
        if (image && image->is_string()) p_.uses(job, "image", image->text, "image", image->span);
      }
    }
  }

  void condition(Node* job, const Node* when) {
    const Node* body = when->get("body");
    if (!body) return;
    std::string text(doc_.source->view(body->span.begin, body->span.end));
    size_t b = text.find_first_not_of(" \t\r\n"), e = text.find_last_not_of(" \t\r\n");
    text = b == std::string::npos ? "" : text.substr(b, e - b + 1);
    p_.condition(job, text, when->span, false, false);
    // `when { changeRequest() }`: the stage runs for pull requests (in a multibranch pipeline).
    if (text.find("changeRequest") != std::string::npos && text.find("not") == std::string::npos)
      p_.on_pull_request(job, when->span);
  }

  // environment { NAME = 'value' }: the variables of the pipeline or a stage (`credentials(...)` and other calls
  // are kept as their expression).
  void environment(Node* target, const Node* env) {
    const Node* body = env->get("body");
    if (!body || !body->is_seq()) return;
    for (const Entry& e : body->entries) {
      const Node* st = e.value;
      const Node* kind = st && st->is_map() ? st->get("stmt") : nullptr;
      if (!kind || kind->text != "assign") continue;
      const Node* t = st->get("target");
      const Node* v = st->get("value");
      if (t && t->is_scalar() && v && v->is_scalar()) p_.env_var(target, t->text, *v, t->span);
    }
  }

  // cron / pollSCM / upstream, in `triggers { }` or scripted `properties([pipelineTriggers([...])])`.
  void triggers_in(const Node* n) {
    if (!n) return;
    std::vector<const Node*> todo{n};
    while (!todo.empty()) {
      const Node* x = todo.back();
      todo.pop_back();
      std::string_view c = call_name(x);
      if (c == "cron" || c == "parameterizedCron") p_.trigger("schedule", c, x->span);
      else if (c == "pollSCM" || c == "githubPush" || c == "gitlab" || c == "bitbucketPush") p_.trigger("push", c, x->span);
      else if (c == "upstream") p_.trigger("pipeline", c, x->span);
      else if (c == "GenericTrigger") p_.trigger("api", c, x->span);
      for (auto it = x->entries.rbegin(); it != x->entries.rend(); ++it)
        if (it->value) todo.push_back(it->value);
    }
  }

  // ---- steps ----

  // The step calls of a statement list, into job. Inside catchError / warnError that does not fail the build,
  // steps may fail.
  void walk(Node* job, const Node* body, bool may_fail) {
    if (!body) return;
    for (const Entry& e : body->entries) statement(job, e.value, may_fail);
  }

  void statement(Node* job, const Node* s, bool may_fail) {
    if (!s || !s->is_map()) return;
    if (s->get("call")) return call(job, s, may_fail);
    // `def img = docker.build(...)` (or `docker.image(...)`): img.push() publishes that image.
    if (const Node* v = s->get("value"); v && v->is_map() && v->get("call") && s->get("target")) {
      std::string_view made = call_name(v);
      if ((made == "docker.build" || made == "docker.image") && s->get("target")->is_scalar())
        docker_images_.push_back(s->get("target")->text);
    }
    // assignments, if/try/for/switch, returns: their calls and bodies
    for (const Entry& e : s->entries) {
      const Node* v = e.value;
      if (e.key == "cond") continue;  // `if (isRelease())` asks, it runs no step
      if (e.key == "body" || e.key == "else" || e.key == "finally") walk(job, v, may_fail);
      else if (e.key == "catches" || e.key == "cases")
        for (const Entry& c : v->entries) walk(job, c.value->get("body"), may_fail);
      else if (v->is_map()) statement(job, v, may_fail);
    }
  }

  void call(Node* job, const Node* c, bool may_fail) {
    std::string_view name = call_name(c);
    if (const Node* t = c->get("target"); t && t->get("call")) {
      // docker.image('x').inside { }: the container the steps run in; sh(...).trim(): the sh step
      if (name == "inside" && call_name(t) == "docker.image") {
        const Node* image = arg(t, 0);
        if (image && image->is_string() && !job->get("image")) p_.uses(job, "image", image->text, "image", image->span);
      } else {
        call(job, t, may_fail);
      }
      // docker.image('x').push(), docker.build('x').push(): the Docker Pipeline plugin publishes the image.
      if (name == "push" && (call_name(t) == "docker.image" || call_name(t) == "docker.build")) {
        docker_step(job, c, "push");
        return;
      }
      if (!c->get("body")) return;  // `.trim()` on a step's result is not a step of its own
    }
    if (name == "input" && !first_input_) first_input_ = c;
    // A method of this file runs its steps where it is called.
    for (const Node* m : methods_) {
      if (m->get("name")->text != name || std::find(expanding_.begin(), expanding_.end(), m) != expanding_.end()) continue;
      expanding_.push_back(m);
      walk(job, m->get("body"), may_fail);
      expanding_.pop_back();
      return;
    }
    bool fails_soft = may_fail;
    if (name == "warnError") fails_soft = true;
    if (name == "catchError") {
      const Node* r = named(c, "buildResult");
      fails_soft = fails_soft || (r && r->text != "FAILURE");  // the default buildResult fails the build
    }
    if (const Node* body = c->get("body")) {
      walk(job, body, fails_soft);
      return;
    }
    // closures passed as arguments: parallel a: { }, b: { }
    bool wrapper = false;
    for (const char* list : {"args", "named"})
      for (const Entry& e : c->get(list)->entries)
        if (e.value->is_map() && e.value->get("body") && !e.value->get("call")) {
          walk(job, e.value->get("body"), fails_soft);
          wrapper = true;
        }
    if (wrapper) return;
    // The Docker Pipeline plugin: docker.build builds, img.push() of an image made so publishes.
    if (name == "docker.build") return docker_step(job, c, "build");
    if (size_t dot = name.rfind('.'); dot != std::string_view::npos && name.substr(dot) == ".push" &&
        std::find(docker_images_.begin(), docker_images_.end(), name.substr(0, dot)) != docker_images_.end())
      return docker_step(job, c, "push");
    Node* step = p_.step(job, c->span);
    ModelBuilder& b = p_.b();
    b.set(step, "name", b.copy(c->get("call")));
    if (is_shell_step(name)) {
      const Node* script = value_of(c, "script");
      if (script && script->is_string())
        p_.script(step, *script, c->get("call")->span, string_lines(*doc_.source, *script),
                  string_end(*doc_.source, *script));
      else if (script) b.set(step, "run", b.copy(script));
      if (const Node* rs = named(c, "returnStatus"); rs && rs->text == "true") p_.may_fail(step, rs->span);
    }
    if (fails_soft && !step->get("may_fail")) p_.may_fail(step, c->span);
  }

  // A step of the Docker Pipeline plugin, doing what `docker <verb>` does.
  void docker_step(Node* job, const Node* c, std::string_view verb) {
    Node* step = p_.step(job, c->span);
    p_.b().set(step, "name", p_.b().copy(c->get("call")));
    p_.does(step, classify_command("docker", {std::string(verb)}), c->span);
  }

  // ---- scripted ----

  // Statements of a scripted pipeline: `stage` calls are jobs, `node(label)` gives their runner; steps outside
  // any stage go to the `(pipeline)` job.
  void scripted(const Node* body, const Node* node) {
    if (!body) return;
    for (const Entry& e : body->entries) {
      const Node* s = e.value;
      if (!s || !s->is_map()) continue;
      std::string_view name = call_name(s);
      if (name == "stage" && s->get("body")) {
        const Node* n = arg(s, 0);
        std::string id = n && n->is_scalar() ? n->text : "";
        order_.push_back(id);
        Node* job = p_.job(id, n ? n->span : s->span, s->span);
        p_.b().set(job, "stage", p_.b().str(id, n ? n->span : s->span));
        if (node) scripted_runner(job, node);
        walk(job, s->get("body"), false);
        if (first_input_) p_.gate(job, "input", first_input_->span);
        first_input_ = nullptr;
        continue;
      }
      if ((name == "node" || name == "timestamps" || name == "timeout" || name == "ansiColor" ||
           name == "withCredentials" || name == "withEnv" || name == "dir" || name == "ws" || name == "lock" ||
           name == "catchError" || name == "retry" || name == "podTemplate" || name == "container") &&
          s->get("body")) {
        scripted(s->get("body"), name == "node" ? s : node);
        continue;
      }
      if (s->get("stmt") && (s->get("stmt")->text == "method" || s->get("stmt")->text == "class" ||
                              s->get("stmt")->text == "import" || s->get("stmt")->text == "annotation"))
        continue;
      if (s->get("stmt") && s->get("stmt")->text != "assign") {
        // if / try / for around stages
        for (const Entry& part : s->entries) {
          if (part.key == "body" || part.key == "else" || part.key == "finally") scripted(part.value, node);
          else if (part.key == "catches" || part.key == "cases")
            for (const Entry& c : part.value->entries) scripted(c.value->get("body"), node);
        }
        continue;
      }
      if (!contains_step(s)) continue;
      if (!loose_job_) {
        loose_job_ = p_.job("(pipeline)", doc_.root->span, doc_.root->span);
        if (node) scripted_runner(loose_job_, node);
      }
      statement(loose_job_, s, false);
    }
  }

  // Whether a statement runs a step (a call somewhere in it), not a plain assignment of values.
  static bool contains_step(const Node* s) {
    std::vector<const Node*> todo{s};
    while (!todo.empty()) {
      const Node* x = todo.back();
      todo.pop_back();
      if (x->is_map() && x->get("call")) return true;
      for (const Entry& e : x->entries) todo.push_back(e.value);
    }
    return false;
  }

  void scripted_runner(Node* job, const Node* node) {
    ModelBuilder& b = p_.b();
    Node* out = b.set(job, "runner", b.map(node->span));
    Node* labels = b.set(out, "labels", b.seq(node->span));
    const Node* label = value_of(node, "label");
    if (label && label->is_string()) b.push(labels, b.copy(label));
    b.set(out, "self_hosted", b.boolean(true, node->span));
  }

  const Document& doc_;
  PipelineBuilder p_;
  std::vector<std::string> order_;        // top-level stages in order
  const Node* first_input_ = nullptr;     // the first `input` step of the job being read
  Node* loose_job_ = nullptr;             // scripted steps outside any stage
  std::vector<const Node*> methods_;      // the file's top-level methods
  std::vector<std::string> docker_images_;  // variables that hold a docker.build/docker.image result
  std::vector<const Node*> expanding_;    // the methods being read, innermost last (recursion stops there)
};

}  // namespace

std::unique_ptr<Document> jenkins(const Document& doc) { return Reader(doc).read(); }

}  // namespace tollgate::pipeline

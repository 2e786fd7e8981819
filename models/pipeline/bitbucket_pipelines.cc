// Bitbucket Pipelines files as pipeline items.
// Syntax: https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/ .
// `pipelines:` holds the file's pipelines: `default` (pushes to a branch no other section names), `branches`,
// `tags` and `pull-requests` (each keyed by a glob), and `custom` (run by a person from the UI or the API, or by
// a schedule set in the repository settings). Each pipeline is a list of `step`s, `parallel` groups and `stage`s;
// a step runs after every earlier item of its pipeline, the steps of a parallel group do not wait for each other,
// and the steps of a stage run in order. Each of these pipelines runs on its own, so each is an item of the model
// (named by its section: `default`, `branches.main`, `custom.deploy`), and each step is a job (Bitbucket has no
// jobs above steps).
// Anchors (`definitions: steps:`, `- step: *build`) and merge keys are resolved by the YAML parser.
#include <string>

#include "models/pipeline/adapters.h"

namespace tollgate::pipeline {

namespace {

constexpr int kMaxNesting = 4;  // a stage or parallel group inside another is invalid; stop early on one

struct Section {
  std::string name;       // "default", "branches.main", "custom.deploy"
  bool custom = false;    // run when someone starts it
  bool pull_request = false;  // runs for pull requests
  Span key;               // the pipeline's key
};

class Bitbucket {
 public:
  Bitbucket(const Document& doc, std::vector<std::unique_ptr<Document>>* out)
      : doc_(doc), root_(*doc.root), out_(out) {}

  void read() {
    const Node* pipelines = root_.get("pipelines");
    if (!pipelines || !pipelines->is_map()) {
      // Bitbucket runs nothing from such a file: one item without jobs, so that config.pipeline-invalid can say so.
      PipelineBuilder p(doc_, "bitbucket-pipelines");
      p.b().set(p.root(), "name", p.b().str("(none)", root_.span));
      out_->push_back(p.finish_after({}));
      return;
    }
    for (const Entry& e : pipelines->entries) {
      if (!e.value) continue;
      if (e.key == "default") {
        item_of(Section{"default", false, false, e.key_span}, "push", e.key, e.value);
        continue;
      }
      std::string_view event = e.key == "branches" ? "push" : e.key == "tags" ? "tag"
                             : e.key == "pull-requests" ? "pull_request" : e.key == "custom" ? "manual" : "";
      if (event.empty() || !e.value->is_map()) continue;
      for (const Entry& glob : e.value->entries)
        item_of(Section{e.key + "." + glob.key, e.key == "custom", e.key == "pull-requests", glob.key_span}, event,
                e.key, glob.value);
    }
  }

 private:
  // One item: the pipeline of one section, started by `event` (raw: the section's kind), named by the section.
  void item_of(const Section& s, std::string_view event, std::string_view raw, const Node* items) {
    PipelineBuilder p(doc_, "bitbucket-pipelines");
    p_ = &p;
    b_ = &p.b();
    b_->set(p.root(), "name", b_->str(s.name, s.key));
    p.trigger(event, raw, s.key);
    direct_.clear();
    pipeline(s, items);
    out_->push_back(p.finish_after(direct_));
  }

  // One pipeline: its items in order, each waiting for the steps of the item before it (and, transitively, all
  // earlier ones).
  void pipeline(const Section& s, const Node* items) {
    if (!items) return;
    if (items->is_map()) {
      // `custom: x: { import: repo:ref:pipeline }`: a pipeline shared from another repository
      if (const Node* imp = items->get("import"); imp && imp->is_scalar()) {
        Node* job = add_job(s.name + "#1", imp->span, items->span, {});
        std::string_view v = imp->text;
        size_t a = v.find(':'), z = v.rfind(':');
        std::string ref = a != z ? std::string(v.substr(0, a)) + "@" + std::string(v.substr(a + 1, z - a - 1))
                                 : std::string(v);
        p_->uses(job, "uses", ref, "include", imp->span);
        b_->set(const_cast<Node*>(job->get("uses")), "ref", b_->str(v, imp->span));
      }
      return;
    }
    if (!items->is_seq()) return;
    std::vector<size_t> prev;
    int n = 0;
    for (const Entry& e : items->entries) {
      if (!e.value || !e.value->is_map()) continue;
      std::vector<size_t> last = item(s, *e.value, prev, &n, {}, 0);
      if (!last.empty()) prev = std::move(last);
    }
  }

  // Context a stage gives its steps.
  struct Inherited {
    const Node* stage = nullptr;  // the stage's map
  };

  // Reads one item (step, parallel, stage); returns the jobs the next item waits for.
  std::vector<size_t> item(const Section& s, const Node& it, const std::vector<size_t>& prev, int* n,
                           Inherited in, int depth) {
    if (depth > kMaxNesting) return {};
    if (const Node* st = it.get("step"); st && st->is_map()) return {step(s, it, *st, prev, n, in)};
    if (const Node* par = it.get("parallel")) {
      const Node* list = par->is_map() ? par->get("steps") : par;
      std::vector<size_t> all;
      if (list && list->is_seq())
        for (const Entry& e : list->entries)
          if (e.value && e.value->is_map())
            for (size_t j : item(s, *e.value, prev, n, in, depth + 1)) all.push_back(j);
      return all;
    }
    if (const Node* stage = it.get("stage"); stage && stage->is_map()) {
      std::vector<size_t> cur = prev;
      if (const Node* list = stage->get("steps"); list && list->is_seq())
        for (const Entry& e : list->entries)
          if (e.value && e.value->is_map()) {
            std::vector<size_t> last = item(s, *e.value, cur, n, Inherited{stage}, depth + 1);
            if (!last.empty()) cur = std::move(last);
          }
      return cur;
    }
    return {};
  }

  Node* add_job(const std::string& id, const Span& id_span, const Span& at, const std::vector<size_t>& prev) {
    Node* job = p_->job(id, id_span, at);
    direct_.push_back(prev);
    return job;
  }

  size_t step(const Section& s, const Node& item, const Node& st, const std::vector<size_t>& prev, int* n,
              Inherited in) {
    ++*n;
    const Node* name = st.get("name");
    bool named = name && name->is_scalar() && !name->text.empty();
    std::string id = named ? name->text : s.name + "#" + std::to_string(*n);
    size_t index = direct_.size();
    Node* job = add_job(id, named ? name->span : item.entries[0].key_span, st.span, prev);
    const Node* stage = in.stage;
    if (stage)
      if (const Node* sn = stage->get("name"); sn && sn->is_scalar()) b_->set(job, "stage", b_->copy(sn));

    const Node* img = st.get("image");
    if (!img) img = root_.get("image");
    if (img) {
      const Node* iname = img->is_map() ? img->get("name") : img;
      if (iname && iname->is_string()) p_->uses(job, "image", iname->text, "image", iname->span);
    }
    // A stage's deployment and trigger hold for its steps.
    const Node* dep = st.get("deployment");
    if (!dep && stage) dep = stage->get("deployment");
    if (dep && dep->is_scalar()) p_->environment(job, dep->text, dep->span);
    const Node* trig = st.get("trigger");
    if (!trig && stage) trig = stage->get("trigger");
    if (trig && trig->is_scalar() && trig->text == "manual") p_->gate(job, "manual", trig->span);
    // A custom pipeline runs only when someone starts it: all its steps wait for that person (a schedule set in
    // the repository settings can start it too, which the file cannot show).
    else if (s.custom) p_->gate(job, "manual", s.key);
    if (const Node* r = st.get("runs-on")) runner(job, r);
    // A pull-requests pipeline runs for every pull request from a branch its glob matches.
    if (s.pull_request) p_->on_pull_request(job, s.key);
    // Service containers: names defined under `definitions: services:` with their image (`docker` is
    // Bitbucket's own Docker daemon, with no image of the file's).
    if (const Node* svc = st.get("services"); svc && svc->is_seq()) {
      const Node* defs = root_.get("definitions");
      const Node* known = defs && defs->is_map() ? defs->get("services") : nullptr;
      for (const Entry& e : svc->entries) {
        if (!e.value || !e.value->is_scalar() || !known || !known->is_map()) continue;
        const Node* d = known->get(e.value->text);
        const Node* img = d && d->is_map() ? d->get("image") : nullptr;
        if (img && img->is_map()) img = img->get("name");
        if (img && img->is_string() && !img->text.empty()) p_->service(job, img->text, img->span);
      }
    }
    if (const Node* c = st.get("condition")) {
      const Node* cs = c->is_map() ? c->get("changesets") : nullptr;
      p_->condition(job, cs ? "changesets" : "condition", c->span, false, false);
    }

    Node* script = p_->step(job, st.get("script") ? st.get("script")->span : st.span);
    b_->set(script, "name", b_->str("script", st.entry("script") ? st.entry("script")->key_span : st.span));
    p_->script(script, st, "script", ScriptSyntax{false, true});
    // Pipes: Docker images run with variables; each is a step that uses it.
    if (const Node* sc = st.get("script"); sc && sc->is_seq())
      for (const Entry& e : sc->entries) {
        const Node* pipe = e.value && e.value->is_map() ? e.value->get("pipe") : nullptr;
        if (!pipe || !pipe->is_scalar()) continue;
        Node* ps = p_->step(job, e.value->span);
        b_->set(ps, "name", b_->copy(pipe));
        p_->uses(ps, "uses", pipe->text, "image", pipe->span);
        p_->does(ps, classify_uses(pipe->text), pipe->span);
        if (const Node* vars = e.value->get("variables")) b_->set(ps, "with", b_->copy(vars));
      }
    if (st.get("after-script")) {
      Node* after = p_->step(job, st.get("after-script")->span);
      b_->set(after, "name", b_->str("after-script", st.entry("after-script")->key_span));
      p_->script(after, st, "after-script", ScriptSyntax{false, true});
      // after-script runs whatever became of the script, and its failure does not fail the step
      p_->condition(after, "after-script", st.entry("after-script")->key_span, true, false);
      p_->may_fail(after, st.entry("after-script")->key_span);
    }
    return index;
  }

  // runs-on: the labels of a runner; `self.hosted` marks the repository's or workspace's own runners.
  void runner(Node* job, const Node* r) {
    Node* out = b_->set(job, "runner", b_->map(r->span));
    Node* labels = b_->set(out, "labels", b_->seq(r->span));
    bool self_hosted = false;
    auto label = [&](const Node* l) {
      if (!l || !l->is_scalar()) return;
      b_->push(labels, b_->copy(l));
      if (l->text == "self.hosted") self_hosted = true;
    };
    if (r->is_scalar()) label(r);
    for (const Entry& e : r->entries)
      if (r->is_seq()) label(e.value);
    b_->set(out, "self_hosted", b_->boolean(self_hosted, r->span));
  }

  const Document& doc_;
  const Node& root_;
  std::vector<std::unique_ptr<Document>>* out_;
  PipelineBuilder* p_ = nullptr;  // the item being built
  ModelBuilder* b_ = nullptr;
  std::vector<std::vector<size_t>> direct_;
};

}  // namespace

void bitbucket_pipelines(const Document& doc, std::vector<std::unique_ptr<Document>>* out) {
  if (!doc.root || !doc.root->is_map()) return;
  Bitbucket(doc, out).read();
}

}  // namespace tollgate::pipeline

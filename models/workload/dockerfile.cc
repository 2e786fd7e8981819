// Dockerfiles: one workload per file, the image its final stage builds (docs/document-model.md, "Workload").
// A stage built `FROM` an earlier stage inherits that stage's base image, user, health check, ports and
// environment, so those are read along the chain of stages.
#include <string>

#include "models/workload/workload_build.h"
#include "parsers/text_util.h"

namespace tollgate::workload {

namespace {

struct Stage {
  const Node* from = nullptr;  // the FROM instruction
  std::vector<const Node*> instructions;
  int parent = -1;  // the earlier stage it is built from
};

// The last instruction named `name` along the chain (the final stage first), or nullptr.
const Node* last_of(const std::vector<Stage>& stages, const std::vector<int>& chain, std::string_view name) {
  for (int s : chain)
    for (auto it = stages[s].instructions.rbegin(); it != stages[s].instructions.rend(); ++it)
      if (literal_text((*it)->get("instruction")) == name) return *it;
  return nullptr;
}

Node* health(ModelBuilder& b, const Node* ins) {
  Node* h = b.map(ins->span);
  const Node* args = ins->get("args");
  const Node* first = args ? args->at(0) : nullptr;
  if (first && ascii_lower(literal_text(first)) == "none") {
    b.set(h, "disabled", b.boolean(true, first->span));
  } else {
    b.set(h, "type", b.str("exec", ins->get("instruction")->span));
  }
  return h;
}

// EXPOSE 80 443/tcp: one port per word.
void expose(ModelBuilder& b, Node* ports, const Node* ins) {
  const Node* args = ins->get("args");
  if (!args || !args->is_seq()) return;
  for (const Entry& e : args->entries) {
    const Node* w = e.value;
    if (!w || !w->is_string()) continue;
    Node* p = b.push(ports, b.map(w->span));
    if (is_unknown(w)) {
      b.set(p, "container_port", value(b, w));
      continue;
    }
    std::string_view t = w->text;
    size_t slash = t.find('/');
    std::string_view num = t.substr(0, slash);
    bool numeric = !num.empty() && num.size() <= 5 && num.find_first_not_of("0123456789") == std::string_view::npos;
    b.set(p, "container_port", numeric ? b.integer(std::stoll(std::string(num)), w->span) : b.str(num, w->span));
    if (slash != std::string_view::npos) b.set(p, "protocol", b.str(t.substr(slash + 1), w->span));
  }
}

}  // namespace

void dockerfile_workloads(const Document& doc, Items* out) {
  const Node* root = doc.root;
  if (!root || !root->is_seq()) return;
  std::vector<Stage> stages;
  for (const Entry& e : root->entries) {
    const Node* ins = e.value;
    if (!ins || !ins->is_map()) continue;
    if (literal_text(ins->get("instruction")) == "FROM") {
      Stage s;
      s.from = ins;
      std::string image = ascii_lower(literal_text(ins->get("image")));
      // FROM <an earlier stage's alias>: stage names are case-insensitive, and the latest stage of a name wins.
      for (int i = static_cast<int>(stages.size()) - 1; i >= 0 && !image.empty(); --i)
        if (ascii_lower(literal_text(stages[i].from->get("alias"))) == image) {
          s.parent = i;
          break;
        }
      stages.push_back(std::move(s));
    } else if (!stages.empty()) {
      stages.back().instructions.push_back(ins);
    }
  }
  if (stages.empty()) return;
  std::vector<int> chain;  // the final stage, then the stages it is built from
  for (int s = static_cast<int>(stages.size()) - 1; s >= 0; s = stages[s].parent) chain.push_back(s);
  const Node* final_from = stages[chain.front()].from;
  const Node* base_from = stages[chain.back()].from;

  ModelBuilder b(doc, "workload");
  Node* w = b.map(root->span);
  b.set(w, "source", b.str("dockerfile", final_from->span));
  b.set(w, "kind", b.str("image", final_from->get("instruction")->span));
  copy_field(b, w, "name", final_from, "alias");
  b.set(w, "volumes", b.seq(root->span));
  Node* containers = b.set(w, "containers", b.seq(root->span));
  Node* c = b.push(containers, b.map(final_from->span));
  b.set(c, "init", b.boolean(false, final_from->span));
  if (const Entry* img = base_from->entry("image")) {
    if (ascii_lower(literal_text(img->value)) == "scratch")
      b.set(c, "image", local_image_ref(b, "scratch", img->value->span), img->key_span);
    else if (Node* ref = image_ref(b, img->value))
      b.set(c, "image", ref, img->key_span);
  }

  // Every stage's base, for what the final image does not show: a build stage's unpinned image changes what is
  // built as much as the final one's.
  Node* bases = b.set(w, "stages", b.seq(root->span));
  for (const Stage& st : stages) {
    Node* m = b.push(bases, b.map(st.from->span));
    copy_field(b, m, "name", st.from, "alias");
    const Entry* img = st.from->entry("image");
    if (!img) continue;
    if (st.parent >= 0 || ascii_lower(literal_text(img->value)) == "scratch")
      b.set(m, "image", local_image_ref(b, literal_text(img->value), img->value->span), img->key_span);
    else if (Node* ref = image_ref(b, img->value))
      b.set(m, "image", ref, img->key_span);
  }

  Node* probes = b.set(c, "probes", b.map(final_from->span));
  if (const Node* hc = last_of(stages, chain, "HEALTHCHECK")) b.set(probes, "health", health(b, hc));
  b.set(c, "resources", b.map(final_from->span));
  Node* sec = b.set(c, "security", b.map(final_from->span));
  if (const Node* user = last_of(stages, chain, "USER"))
    if (Node* u = user_value(b, user->get("value"))) b.set(sec, "run_as_user", u);

  // Environment and ports accumulate from the first stage of the chain to the final one.
  Node* env = b.set(c, "env", b.seq(final_from->span));
  Node* ports = b.set(c, "ports", b.seq(final_from->span));
  for (auto s = chain.rbegin(); s != chain.rend(); ++s)
    for (const Node* ins : stages[*s].instructions) {
      std::string_view name = literal_text(ins->get("instruction"));
      if (name == "EXPOSE") {
        expose(b, ports, ins);
      } else if (name == "ENV") {
        const Node* vars = ins->get("vars");
        if (!vars || !vars->is_map()) continue;
        for (const Entry& v : vars->entries) {
          Node* item = b.push(env, b.map(v.key_span));
          b.set(item, "name", b.str(v.key, v.key_span));
          if (Node* val = value(b, v.value)) b.set(item, "value", val);
        }
      }
    }
  out->push_back(b.finish(w));
}

}  // namespace tollgate::workload

// Value helpers shared by the workload adapters (workload_build.h).
#include "models/workload/workload_build.h"

#include <string>

#include "models/refs.h"

namespace tollgate::workload {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool cloudformation_intrinsic(const Node* n) {
  if (!n->is_map() || n->size() != 1) return false;
  std::string_view k = n->entries[0].key;
  return k == "Ref" || k == "Condition" || k.substr(0, 4) == "Fn::";
}

}  // namespace

bool is_unknown(const Node* n) {
  if (!n) return false;
  if (n->type == NodeType::expr) return true;
  if (n->is_string()) return !string_references(n->text).empty();
  return cloudformation_intrinsic(n);
}

Node* value(ModelBuilder& b, const Node* n) {
  if (!n || n->type == NodeType::null) return nullptr;
  if (!is_unknown(n)) return b.share(n);
  if (n->is_map()) {
    // An intrinsic's source text is not at hand (it may be JSON or YAML); its function names what it does.
    std::string text = n->entries[0].key;
    if (const Node* arg = n->entries[0].value; arg && arg->is_scalar()) text += " " + arg->text;
    return b.unknown(text, n->span);
  }
  return b.unknown(n->text, n->span);
}

Node* copy_field(ModelBuilder& b, Node* to, std::string_view key, const Node* from, std::string_view from_key) {
  const Entry* e = from && from->is_map() ? from->entry(from_key) : nullptr;
  if (!e) return nullptr;
  Node* v = value(b, e->value);
  if (!v) return nullptr;
  return b.set(to, key, v, e->key_span);
}

const Node* literal_bool(const Node* n) { return n && n->type == NodeType::boolean ? n : nullptr; }

std::string_view literal_text(const Node* n) {
  return n && n->is_string() && !is_unknown(n) ? std::string_view(n->text) : std::string_view();
}

Node* image_ref(ModelBuilder& b, const Node* n) {
  if (!n || n->type == NodeType::null) return nullptr;
  Node* m = b.map(n->span);
  if (is_unknown(n) || !n->is_scalar()) {
    // CloudFormation `!Sub "${Repo}:latest"` (`{"Fn::Sub": ...}`, or its list form): the template's text, whose
    // literal tag is as pinned as a written one.
    const Node* sub = nullptr;
    if (n->is_map() && n->size() == 1 && n->entries[0].key == "Fn::Sub") {
      sub = n->entries[0].value;
      if (sub && sub->is_seq()) sub = sub->at(0);
      if (sub && !sub->is_string()) sub = nullptr;
    }
    std::string_view pin = sub ? templated_image_pinning(sub->text)
                           : n->is_string() ? templated_image_pinning(n->text) : std::string_view();
    Node* u = sub && !pin.empty() ? b.str(sub->text, n->span) : value(b, n);
    b.set(m, "ref", u);
    b.set(m, "pinned", pin.empty() ? b.unknown(u->text, n->span) : b.str(pin, n->span));
    return m;
  }
  std::string_view ref = trim(n->text);
  if (ref.empty()) return nullptr;
  b.set(m, "ref", b.str(ref, n->span));
  b.set(m, "pinned", b.str(image_pinning(ref), n->span));
  return m;
}

Node* local_image_ref(ModelBuilder& b, std::string_view ref, const Span& at) {
  Node* m = b.map(at);
  b.set(m, "ref", b.str(ref, at));
  b.set(m, "pinned", b.str("local", at));
  return m;
}

bool docker_socket(std::string_view p) {
  p = trim(p);
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  for (std::string_view s : {"/var/run/docker.sock", "/run/docker.sock", "/var/run", "/run"})
    if (p == s) return true;
  return p.size() >= 12 && p.substr(p.size() - 12) == "/docker.sock";
}

Node* user_value(ModelBuilder& b, const Node* n) {
  if (!n || n->type == NodeType::null) return nullptr;
  if (is_unknown(n) || !n->is_string()) return value(b, n);
  std::string_view user = trim(n->text);
  user = user.substr(0, user.find(':'));
  if (user.empty()) return nullptr;
  bool numeric = user.size() <= 10 && user.find_first_not_of("0123456789") == std::string_view::npos;
  return numeric ? b.integer(std::stoll(std::string(user)), n->span) : b.str(user, n->span);
}

Node* host_volume(ModelBuilder& b, const Span& at, const Node* name, const Node* host_path) {
  Node* v = b.map(at);
  if (Node* n = value(b, name)) b.set(v, "name", n);
  Node* hp = value(b, host_path);
  if (!hp) return v;
  b.set(v, "host_path", hp);
  if (hp->is_string()) b.set(v, "docker_socket", b.boolean(docker_socket(hp->text), hp->span));
  return v;
}

}  // namespace tollgate::workload

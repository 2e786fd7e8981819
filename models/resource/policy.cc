// policy_statements (docs/document-model.md, "Resource"): the statements of the IAM policies an item holds, in one
// shape whatever the source: a JSON policy in a Terraform attribute (`jsonencode(...)`, a heredoc, a string; read by
// models/embedded_json.h), a plan's JSON string, a CloudFormation PolicyDocument, or the `statement` blocks of a
// `data "aws_iam_policy_document"`.
#include <string_view>

#include "models/embedded_json.h"
#include "models/resource/resource_model.h"

namespace tollgate::resource {

namespace {

struct PolicySource {
  std::string_view type;
  std::string_view list;      // the attribute holding several policies (a seq or a repeated block), or empty
  std::string_view document;  // the policy's attribute (in each of `list`'s entries when list is set)
};

constexpr PolicySource kSources[] = {
    {"aws_iam_policy", "", "policy"},
    {"aws_iam_role_policy", "", "policy"},
    {"aws_iam_user_policy", "", "policy"},
    {"aws_iam_group_policy", "", "policy"},
    {"aws_iam_role", "inline_policy", "policy"},
    {"aws_ssoadmin_permission_set_inline_policy", "", "inline_policy"},  // IAM Identity Center
    {"AWS::IAM::Policy", "", "PolicyDocument"},
    {"AWS::IAM::ManagedPolicy", "", "PolicyDocument"},
    {"AWS::IAM::Role", "Policies", "PolicyDocument"},
    {"AWS::IAM::User", "Policies", "PolicyDocument"},
    {"AWS::IAM::Group", "Policies", "PolicyDocument"},
};

bool is_unknown(const Node* n) { return n && n->type == NodeType::expr; }

class PolicyReader {
 public:
  explicit PolicyReader(Draft& d) : d_(d), b_(*d.b) {}

  Node* out() {
    if (!out_) out_ = b_.set(d_.root, "policy_statements", b_.seq(d_.at));
    return out_;
  }

  // A statement's field: a seq of values (a single value as a seq of one), or unknown.
  Node* list_of(const Node* v) {
    if (is_unknown(v)) return b_.unknown(v->text, v->span);
    if (v->is_seq()) {
      Node* s = b_.seq(v->span);
      for (const Entry& e : v->entries)
        if (e.value) b_.push(s, b_.copy(e.value));
      return s;
    }
    Node* s = b_.seq(v->span);
    b_.push(s, b_.copy(v));
    return s;
  }

  // keys: Effect, Action, NotAction, Resource, NotResource as JSON spells them, or the data source's names.
  void statement(const Node* st, bool document_block) {
    if (!st) return;
    if (!st->is_map()) {
      if (is_unknown(st)) b_.push(out(), b_.unknown(st->text, st->span));
      return;
    }
    Node* m = b_.push(out(), b_.map(st->span));
    struct Field {
      std::string_view json, block, model;
    };
    static constexpr Field kFields[] = {{"Action", "actions", "actions"},
                                        {"NotAction", "not_actions", "not_actions"},
                                        {"Resource", "resources", "resources"},
                                        {"NotResource", "not_resources", "not_resources"}};
    const Entry* effect = st->entry(document_block ? "effect" : "Effect");
    if (effect && effect->value) b_.set(m, "effect", b_.copy(effect->value), effect->key_span);
    else if (document_block) b_.set(m, "effect", b_.str("Allow", st->span));  // the data source's default
    for (const Field& f : kFields) {
      const Entry* e = st->entry(document_block ? f.block : f.json);
      if (e && e->value) b_.set(m, f.model, list_of(e->value), e->key_span);
    }
  }

  void document(const Node* v) {
    if (!v) return;
    EmbeddedJson parsed;
    const Node* doc = v;
    if (!v->is_map() && d_.doc) doc = read_embedded_json(*d_.doc, v, &parsed);
    if (!doc || !doc->is_map()) {
      b_.push(out(), b_.unknown(v->text.empty() ? std::string_view("policy") : std::string_view(v->text), v->span));
      return;
    }
    const Node* st = doc->get("Statement");
    if (!st) return;
    if (st->is_seq()) {
      for (const Entry& e : st->entries) statement(e.value, false);
    } else {
      statement(st, false);
    }
  }

 private:
  Draft& d_;
  ModelBuilder& b_;
  Node* out_ = nullptr;
};

}  // namespace

void add_policy(Draft& d) {
  const Node* a = d.attributes;
  if (!a || !a->is_map()) return;
  PolicyReader r(d);
  if (d.type == "aws_iam_policy_document") {
    const Node* st = a->get("statement");
    if (st && st->is_seq()) {
      for (const Entry& e : st->entries) r.statement(e.value, true);
    } else if (st) {
      r.statement(st, true);
    }
    if (a->get("source_policy_documents") || a->get("override_policy_documents")) {
      const Node* more = a->get("source_policy_documents");
      if (!more) more = a->get("override_policy_documents");
      if (more->is_seq()) {
        for (const Entry& e : more->entries) r.document(e.value);
      } else {
        r.document(more);
      }
    }
    return;
  }
  for (const PolicySource& s : kSources) {
    if (d.type != s.type) continue;
    if (s.list.empty()) {
      r.document(a->get(s.document));
      continue;
    }
    const Node* list = a->get(s.list);
    if (!list) continue;
    if (is_unknown(list)) {
      r.document(list);
    } else if (list->is_seq()) {
      for (const Entry& e : list->entries)
        if (e.value && e.value->is_map()) r.document(e.value->get(s.document));
    } else if (list->is_map()) {
      r.document(list->get(s.document));
    }
  }
}

}  // namespace tollgate::resource

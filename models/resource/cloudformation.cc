// CloudFormation resources: each entry of `Resources` with its Properties, intrinsic functions resolved where
// the template alone decides them (parameter defaults, conditions over them, mappings, Fn::Sub/Join/Select).
// YAML short tags arrive in their long form (`!Ref X` is {Ref: X}), so YAML and JSON templates read alike.
#include <string>
#include <unordered_set>

#include "models/resource/resource_model.h"

namespace tollgate::resource {

namespace {

// A single-key map whose key is an intrinsic function: {Ref: ...}, {"Fn::If": ...}.
const Entry* intrinsic(const Node* n) {
  if (!n || !n->is_map() || n->size() != 1) return nullptr;
  const Entry& e = n->entries[0];
  if (e.key == "Ref" || e.key.rfind("Fn::", 0) == 0) return &e;
  return nullptr;
}

bool scalar_text(const Node* n, std::string* out) {
  if (!n) return false;
  switch (n->type) {
    case NodeType::string:
    case NodeType::integer:
    case NodeType::floating:
    case NodeType::boolean: *out = n->text; return true;
    default: return false;
  }
}

class Template {
 public:
  Template(const Document& doc, Draft& d, size_t* budget) : doc_(doc), b_(*d.b), d_(d), budget_(budget) {
    const Node* root = doc.root;
    params_ = root->get("Parameters");
    conditions_ = root->get("Conditions");
    mappings_ = root->get("Mappings");
    resources_ = root->get("Resources");
  }

  // The model node for a template value, or nullptr when it is absent (AWS::NoValue, a null).
  Node* resolve(const Node* n, std::string_view attribute, int depth = 0) {
    if (!n) return nullptr;
    if (depth > kMaxDepth || *budget_ == 0) return unknown(n);
    --*budget_;
    if (const Entry* fn = intrinsic(n)) return call(n, *fn, attribute, depth + 1);
    switch (n->type) {
      case NodeType::map: {
        Node* m = b_.map(n->span);
        for (const Entry& e : n->entries)
          if (Node* v = resolve(e.value, attribute, depth + 1)) b_.set(m, e.key, v, e.key_span);
        return m;
      }
      case NodeType::seq: {
        Node* s = b_.seq(n->span);
        for (const Entry& e : n->entries)
          if (Node* v = resolve(e.value, attribute, depth + 1)) b_.push(s, v);
        return s;
      }
      case NodeType::null: return nullptr;
      default: return b_.copy(n);
    }
  }

  // A condition by name or as written: 1 true, 0 false, -1 unknown.
  int condition(const Node* n, int depth = 0) {
    if (!n || depth > kMaxDepth) return -1;
    if (n->is_string()) {
      const Node* c = conditions_ && conditions_->is_map() ? conditions_->get(n->text) : nullptr;
      // A condition that names itself, directly or through others, is unknown.
      if (!c || !in_progress_.insert(n->text).second) return -1;
      int v = condition(c, depth + 1);
      in_progress_.erase(n->text);
      return v;
    }
    if (!n->is_map() || n->size() != 1) return -1;
    const Entry& e = n->entries[0];
    const Node* args = e.value;
    if (e.key == "Condition") return condition(args, depth + 1);
    if (e.key == "Fn::Equals") {
      if (!args || !args->is_seq() || args->size() != 2) return -1;
      std::string a, b;
      Node* x = resolve(args->at(0), "", depth + 1);
      Node* y = resolve(args->at(1), "", depth + 1);
      if (!scalar_text(x, &a) || !scalar_text(y, &b)) return -1;
      return a == b ? 1 : 0;
    }
    if (e.key == "Fn::Not") {
      int v = args && args->is_seq() && args->size() == 1 ? condition(args->at(0), depth + 1) : -1;
      return v < 0 ? -1 : 1 - v;
    }
    if (e.key == "Fn::And" || e.key == "Fn::Or") {
      if (!args || !args->is_seq()) return -1;
      bool is_and = e.key == "Fn::And";
      bool unknown = false;
      for (const Entry& i : args->entries) {
        int v = condition(i.value, depth + 1);
        if (v < 0) unknown = true;
        else if ((v == 1) != is_and) return v;  // a false in And, a true in Or decides
      }
      return unknown ? -1 : (is_and ? 1 : 0);
    }
    return -1;
  }

 private:
  const Document& doc_;
  ModelBuilder& b_;
  Draft& d_;
  size_t* budget_;
  const Node* params_ = nullptr;
  const Node* conditions_ = nullptr;
  const Node* mappings_ = nullptr;
  const Node* resources_ = nullptr;
  std::unordered_set<std::string> in_progress_;

  Node* unknown(const Node* n) { return b_.unknown(doc_.source->view(n->span.begin, n->span.end), n->span); }

  bool is_resource(std::string_view id) const { return resources_ && resources_->is_map() && resources_->get(id); }

  void link(std::string_view attribute, std::string_view target, const Span& at) {
    if (!attribute.empty() && is_resource(target)) d_.links.push_back(Link{std::string(attribute), std::string(target), at});
  }

  // A value found elsewhere in the template, located where this property refers to it.
  void relocate(Node* n, const Span& at, int depth = 0) {
    if (!n || depth > kMaxDepth) return;
    n->span = at;
    for (Entry& e : n->entries) {
      e.key_span = at;
      relocate(e.value, at, depth + 1);
    }
  }

  // The default of a parameter, or nullptr when it has none.
  const Node* parameter_default(std::string_view name) const {
    const Node* p = params_ && params_->is_map() ? params_->get(name) : nullptr;
    return p && p->is_map() ? p->get("Default") : nullptr;
  }

  Node* call(const Node* n, const Entry& fn, std::string_view attribute, int depth) {
    const Node* args = fn.value;
    std::string name;
    if (fn.key == "Ref") {
      if (!scalar_text(args, &name)) return unknown(n);
      if (name == "AWS::NoValue") return nullptr;
      if (const Node* def = parameter_default(name)) {
        Node* v = resolve(def, "", depth);
        relocate(v, n->span);
        return v;
      }
      link(attribute, name, n->span);
      return unknown(n);
    }
    if (fn.key == "Fn::GetAtt") {
      if (args && args->is_seq() && args->size() > 0 && scalar_text(args->at(0), &name)) link(attribute, name, n->span);
      else if (scalar_text(args, &name)) link(attribute, name.substr(0, name.find('.')), n->span);
      return unknown(n);
    }
    if (fn.key == "Fn::If") {
      if (!args || !args->is_seq() || args->size() != 3) return unknown(n);
      int c = condition(args->at(0), depth);
      if (c < 0) {
        // Links still count whichever branch applies.
        resolve(args->at(1), attribute, depth);
        resolve(args->at(2), attribute, depth);
        return unknown(n);
      }
      return resolve(args->at(c ? 1 : 2), attribute, depth);
    }
    if (fn.key == "Fn::Sub") return sub(n, args, attribute, depth);
    if (fn.key == "Fn::Join") {
      if (!args || !args->is_seq() || args->size() != 2) return unknown(n);
      std::string sep, out, part;
      Node* list = resolve(args->at(1), attribute, depth);
      if (!scalar_text(args->at(0), &sep) || !list || !list->is_seq()) return unknown(n);
      for (size_t i = 0; i < list->size(); ++i) {
        if (!scalar_text(list->at(i), &part)) return unknown(n);
        if (i) out += sep;
        out += part;
      }
      return b_.str(out, n->span);
    }
    if (fn.key == "Fn::Select") {
      if (!args || !args->is_seq() || args->size() != 2) return unknown(n);
      Node* index = resolve(args->at(0), "", depth);
      Node* list = resolve(args->at(1), attribute, depth);
      std::string text;
      if (!scalar_text(index, &text) || !list || !list->is_seq()) return unknown(n);
      char* end = nullptr;
      long i = std::strtol(text.c_str(), &end, 10);
      if (end == text.c_str() || *end || i < 0 || static_cast<size_t>(i) >= list->size()) return unknown(n);
      Node* v = list->entries[static_cast<size_t>(i)].value;
      relocate(v, n->span);
      return v;
    }
    if (fn.key == "Fn::FindInMap") {
      if (!args || !args->is_seq() || args->size() < 3 || !mappings_ || !mappings_->is_map()) return unknown(n);
      const Node* at = mappings_;
      for (size_t i = 0; i < 3; ++i) {
        Node* key = resolve(args->at(i), "", depth);
        std::string k;
        if (!scalar_text(key, &k) || !at || !at->is_map()) return unknown(n);
        at = at->get(k);
      }
      if (!at) return unknown(n);
      Node* v = resolve(at, "", depth);
      relocate(v, n->span);
      return v;
    }
    // Fn::ImportValue, Fn::GetAZs, Fn::Base64, Fn::Cidr, ...: known only to CloudFormation.
    return unknown(n);
  }

  // Fn::Sub: "${Param}" from defaults or the given variables, "${!x}" a literal "${x}"; anything else unknown.
  Node* sub(const Node* n, const Node* args, std::string_view attribute, int depth) {
    std::string text;
    const Node* vars = nullptr;
    if (args && args->is_seq() && args->size() == 2) {
      if (!scalar_text(args->at(0), &text)) return unknown(n);
      vars = args->at(1);
    } else if (!scalar_text(args, &text)) {
      return unknown(n);
    }
    std::string out;
    bool known = true;
    for (size_t i = 0; i < text.size();) {
      if (text.compare(i, 2, "${") != 0) {
        out.push_back(text[i++]);
        continue;
      }
      size_t close = text.find('}', i + 2);
      if (close == std::string::npos) {
        out.append(text, i, std::string::npos);
        break;
      }
      std::string name = text.substr(i + 2, close - i - 2);
      i = close + 1;
      if (!name.empty() && name[0] == '!') {
        out += "${" + name.substr(1) + "}";
        continue;
      }
      std::string part;
      const Node* given = vars && vars->is_map() ? vars->get(name) : nullptr;
      if (given) {
        if (!scalar_text(resolve(given, attribute, depth), &part)) known = false;
      } else if (const Node* def = parameter_default(name)) {
        if (!scalar_text(resolve(def, "", depth), &part)) known = false;
      } else {
        link(attribute, name.substr(0, name.find('.')), n->span);
        known = false;
      }
      out += part;
    }
    return known ? b_.str(out, n->span) : unknown(n);
  }
};

// The SAM `Globals` section that applies to a serverless resource type (`Globals: Function:` for
// AWS::Serverless::Function), or nullptr.
const Node* sam_globals(const Node* root, std::string_view type) {
  constexpr std::string_view kSam = "AWS::Serverless::";
  if (!type.starts_with(kSam)) return nullptr;
  const Node* globals = root->get("Globals");
  const Node* g = globals && globals->is_map() ? globals->get(type.substr(kSam.size())) : nullptr;
  return g && g->is_map() ? g : nullptr;
}

}  // namespace

void cloudformation_drafts(const Document& tmpl, std::vector<Draft>* out) {
  const Node* root = tmpl.root;
  if (!root || !root->is_map()) return;
  const Node* resources = root->get("Resources");
  if (!resources || !resources->is_map()) return;
  size_t budget = kMaxResolvedNodes;
  for (const Entry& e : resources->entries) {
    const Node* r = e.value;
    const Node* type = r && r->is_map() ? r->get("Type") : nullptr;
    if (!type || !type->is_string()) continue;
    Draft dr;
    dr.b = std::make_unique<ModelBuilder>(tmpl, "resource");
    dr.doc = &tmpl;
    dr.type = type->text;
    dr.address = e.key;
    dr.group = "cloudformation:" + tmpl.path() + "#" + std::to_string(tmpl.index);
    Template t(tmpl, dr, &budget);
    // A resource whose Condition is false is not created.
    if (const Node* cond = r->get("Condition"); cond && t.condition(cond) == 0) continue;
    start_item(dr, "cloudformation", e.key, e.key_span);
    dr.root->span = r->span;
    const Node* props = r->get("Properties");
    if (props && !props->is_map()) props = nullptr;
    const Node* globals = sam_globals(root, dr.type);
    if (props || globals) {
      // SAM copies a Globals property into every resource of its type that does not set it.
      Node* attrs = dr.b->map(props ? props->span : globals->span);
      if (globals)
        for (const Entry& p : globals->entries)
          if (!(props && props->get(p.key)))
            if (Node* v = t.resolve(p.value, p.key)) dr.b->set(attrs, p.key, v, p.key_span);
      if (props)
        for (const Entry& p : props->entries)
          if (Node* v = t.resolve(p.value, p.key)) dr.b->set(attrs, p.key, v, p.key_span);
      dr.attributes = attrs;
      dr.b->set(dr.root, "attributes", attrs, attrs->span);
      // A DB instance in a cluster (Aurora: DBClusterIdentifier, or an aurora engine, which only runs in one)
      // is what Terraform's aws_rds_cluster_instance is: its storage encryption, backups and deletion
      // protection are the cluster's.
      const Node* engine = attrs->get("Engine");
      if (dr.type == "AWS::RDS::DBInstance" &&
          (attrs->get("DBClusterIdentifier") || (engine && engine->is_string() && engine->text.starts_with("aurora"))))
        dr.b->set(dr.root, "class", dr.b->str("database_instance", type->span));
    }
    add_controls(dr);
    out->push_back(std::move(dr));
  }
}

}  // namespace tollgate::resource

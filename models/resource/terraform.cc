// Terraform resources: HCL and JSON configuration, with values resolved within their module, and plan JSON.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "models/resource/resource_model.h"
#include "models/resource/terraform_eval.h"
#include "parsers/text_util.h"

namespace tollgate::resource {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Calls fn(entry, body) for each block body under a key that holds one body or a seq of bodies.
template <class F>
void each_body(const Entry& e, F&& fn) {
  if (!e.value) return;
  if (e.value->is_seq()) {
    for (const Entry& item : e.value->entries)
      if (item.value && item.value->is_map()) fn(e, item.value);
  } else if (e.value->is_map()) {
    fn(e, e.value);
  }
}

// The files of one module directory and the values they define.
class ModuleScope : public Scope {
 public:
  struct Var {
    const Node* declared_default = nullptr;
    bool has_default = false;
    // From terraform.tfvars and *.auto.tfvars: Terraform loads them always, the auto files after, in name order.
    const Node* auto_value = nullptr;
    // From other *.tfvars, which take effect only when named with -var-file: known only when they all agree.
    std::vector<const Node*> file_values;
  };
  std::map<std::string, Var, std::less<>> vars;
  std::unordered_map<std::string, const Node*> locals;
  std::unordered_map<std::string, bool> json_local;  // the local was written in a .tf.json file

  // How many values read so far came from a variable's declared default (directly or through a local): a
  // module's caller may set another value, so a default can show what a value is but not that a resource is
  // absent.
  size_t defaults_read = 0;
  // Of those, the defaults that are null: a value the module leaves to its caller.
  size_t null_defaults_read = 0;

  ValuePtr variable(std::string_view name) override {
    auto it = vars.find(name);
    if (it == vars.end()) return nullptr;
    auto memo = var_values_.find(std::string(name));
    if (memo == var_values_.end()) {
      bool from_default = false;
      ValuePtr v = compute_var(it->second, name, &from_default);
      memo = var_values_.emplace(std::string(name), Memo{v, from_default}).first;
    }
    if (memo->second.from_default) {
      ++defaults_read;
      if (memo->second.value && memo->second.value->kind == Value::Kind::null) ++null_defaults_read;
    }
    return memo->second.value;
  }

  ValuePtr local(std::string_view name) override {
    std::string key(name);
    auto memo = local_values_.find(key);
    if (memo != local_values_.end()) {
      if (memo->second.from_default) ++defaults_read;
      return memo->second.value;
    }
    auto it = locals.find(key);
    if (it == locals.end()) return nullptr;
    // A local that refers to itself, directly or through others: unknown (Terraform rejects the cycle).
    if (!in_progress_.insert(key).second) return make_unknown("local." + key);
    size_t before = defaults_read;
    ValuePtr v = value_of(it->second, *this, json_local[key]);
    in_progress_.erase(key);
    local_values_[key] = Memo{v, defaults_read != before};
    return v;
  }

 private:
  // Variable defaults and tfvars cannot refer to anything: they are read with a scope that knows nothing.
  struct Empty : Scope {
    ValuePtr variable(std::string_view) override { return nullptr; }
    ValuePtr local(std::string_view) override { return nullptr; }
  };

  ValuePtr compute_var(const Var& v, std::string_view name, bool* from_default) {
    Empty none;
    std::string text = "var." + std::string(name);
    if (!v.file_values.empty()) {
      ValuePtr first;
      for (const Node* n : v.file_values) {
        ValuePtr x = value_of(n, none, false);
        if (!first) first = x;
        else if (!x->known() || !first->known() || !same_value(*first, *x)) return make_unknown(text);
      }
      return first->known() ? first : make_unknown(text);
    }
    if (v.auto_value) {
      ValuePtr x = value_of(v.auto_value, none, false);
      return x->known() ? x : make_unknown(text);
    }
    if (v.has_default) {
      *from_default = true;
      ValuePtr x = value_of(v.declared_default, none, false);
      return x->known() ? x : make_unknown(text);
    }
    return make_unknown(text);  // set at plan time (-var, TF_VAR_, a caller module)
  }

  struct Memo {
    ValuePtr value;
    bool from_default;
  };
  std::unordered_map<std::string, Memo> var_values_, local_values_;
  std::unordered_set<std::string> in_progress_;
};

// Resolved values become model nodes located at the attribute that holds them.
class Materializer {
 public:
  explicit Materializer(size_t* budget) : budget_(budget) {}

  // nullptr for null: an attribute set to null is not set.
  Node* node(ModelBuilder& b, const Value& v, const Span& at) {
    if (*budget_ == 0) return b.unknown(v.known() ? std::string_view("...") : std::string_view(v.text), at);
    --*budget_;
    switch (v.kind) {
      case Value::Kind::unknown: return b.unknown(v.text, at);
      case Value::Kind::null: return nullptr;
      case Value::Kind::boolean: return b.boolean(v.flag, at);
      case Value::Kind::number:
        if (std::floor(v.number) == v.number && std::fabs(v.number) < 9.0e15)
          return b.integer(static_cast<long long>(v.number), at);
        return b.floating(v.number, at);
      case Value::Kind::string: return b.str(v.text, at);
      case Value::Kind::tuple: {
        Node* s = b.seq(at);
        for (const ValuePtr& i : v.items)
          if (Node* n = node(b, *i, at)) b.push(s, n);
        return s;
      }
      case Value::Kind::object: {
        Node* m = b.map(at);
        for (const auto& f : v.fields)
          if (Node* n = node(b, *f.second, at)) b.set(m, f.first, n, at);
        return m;
      }
    }
    return nullptr;
  }

 private:
  size_t* budget_;
};

bool is_resource_ref_root(std::string_view first) {
  static constexpr std::string_view kNot[] = {"var", "local", "data", "module", "each", "count", "path",
                                              "terraform", "self"};
  for (std::string_view n : kNot)
    if (first == n) return false;
  return true;
}

// The resource addresses an expression refers to: aws_db_instance.main.id -> aws_db_instance.main.
void note_links(const Node* n, std::string_view attribute, Draft& d, int depth = 0) {
  if (!n || depth > kMaxDepth) return;
  for (const std::string& r : n->refs) {
    size_t dot = r.find('.');
    if (dot == std::string::npos || !is_resource_ref_root(std::string_view(r).substr(0, dot))) continue;
    size_t end = r.find_first_of(".[", dot + 1);
    d.links.push_back(Link{std::string(attribute), r.substr(0, end), n->span});
  }
  for (const Entry& e : n->entries) note_links(e.value, attribute, d, depth + 1);
}

// A resource body's attributes and nested blocks, resolved.
class BodyReader {
 public:
  BodyReader(ModuleScope& scope, Materializer& mat, bool json) : scope_(scope), mat_(mat), json_(json) {}

  Node* read(ModelBuilder& b, const Node* src, int depth = 0) {
    if (!src) return nullptr;
    if (depth == 0) expanded_ = 0;  // a resource's body: its own budget of dynamic blocks
    if (depth > kMaxDepth) return b.unknown("...", src->span);
    switch (src->type) {
      case NodeType::map: {
        Node* m = b.map(src->span);
        for (const Entry& e : src->entries) {
          if (e.key == "dynamic" && !json_ && e.value && e.value->is_map()) {
            for (const Entry& block : e.value->entries)
              each_body(block, [&](const Entry& named, const Node* body) { expand(b, m, named, *body, depth); });
            continue;
          }
          if (Node* v = read(b, e.value, depth + 1)) b.set(m, e.key, v, e.key_span);
        }
        return m;
      }
      case NodeType::seq: {
        Node* s = b.seq(src->span);
        for (const Entry& e : src->entries)
          if (Node* v = read(b, e.value, depth + 1)) b.push(s, v);
        return s;
      }
      case NodeType::null: return nullptr;
      case NodeType::expr: {
        size_t defaults_before = scope_.defaults_read;
        ValuePtr v = evaluate(src->text, scope_);
        // The whole expression's text where it is unknown as a whole: what a rule or a reader can look up.
        if (!v->known()) return b.unknown(src->text, src->span);
        // null (or "", Terraform 0.11's null) from a variable's default (`alarm_actions = var.alarm_actions`,
        // default null): the module leaves the attribute to its caller, which the files do not show. Unknown,
        // not absent.
        bool empty = v->kind == Value::Kind::null || (v->kind == Value::Kind::string && v->text.empty());
        if (empty && scope_.defaults_read != defaults_before)
          return b.unknown(src->text, src->span);
        return mat_.node(b, *v, src->span);
      }
      case NodeType::string:
        if (json_ && src->text.find("${") != std::string::npos) {
          ValuePtr v = value_of(src, scope_, true);
          if (!v->known()) return b.unknown(src->text, src->span);
          return mat_.node(b, *v, src->span);
        }
        return b.copy(src);
      default: return b.copy(src);
    }
  }

  // A `dynamic "NAME"` block: the NAME blocks it makes, one per element of a `for_each` that the files tell, read
  // with the iterator (NAME, or `iterator = x`) bound to the element's key and value. When the files do not tell
  // the elements (a reference, a variable without a value), or tell none only through a variable's default list
  // (the caller may pass some), the blocks are one unknown: rules neither see them present nor absent.
  void expand(ModelBuilder& b, Node* out, const Entry& named, const Node& body, int depth) {
    const Node* for_each = body.get("for_each");
    const Node* content = body.get("content");
    if (!for_each || !content || !content->is_map()) return;
    std::string iterator = named.key;
    if (const Node* it = body.get("iterator"); it && it->is_scalar() && !it->text.empty()) iterator = it->text;
    size_t defaults_before = scope_.defaults_read, null_defaults_before = scope_.null_defaults_read;
    ValuePtr all = value_of(for_each, scope_, json_);
    std::vector<ValuePtr> elements;
    bool known = for_each_iterators(*all, &elements);
    // A body makes at most kMaxExpandedBlocks blocks this way (nested dynamic blocks multiply): past that, they
    // are unknown, which no rule reads as present or absent.
    if (known && expanded_ + elements.size() > kMaxExpandedBlocks) known = false;
    // A switch is read as an attribute's value is: `for_each = var.enable_versioning ? [1] : []` with the
    // default false makes no block, as `enabled = var.enable_versioning` would say false. A list the caller
    // passes (`for_each = var.rules`, default []) and a switch on a null default (`var.workspace_id != null ?
    // [1] : []`: left to the caller) stay unknown.
    bool switch_default = for_each->type == NodeType::expr && for_each->text.find('?') != std::string::npos &&
                          scope_.null_defaults_read == null_defaults_before;
    if (!known || (elements.empty() && scope_.defaults_read != defaults_before && !switch_default)) {
      add_block(b, out, named, b.unknown(for_each->text, for_each->span));
      return;
    }
    struct Binding {  // popped however read() leaves
      Scope& scope;
      ~Binding() { scope.iterators.pop_back(); }
    };
    expanded_ += elements.size();
    for (const ValuePtr& element : elements) {
      scope_.iterators.emplace_back(iterator, element);
      Binding bound{scope_};
      if (Node* block = read(b, content, depth + 1)) add_block(b, out, named, block);
    }
  }

  // Adds one block NAME to a body: the first is a map, more make a seq of them, as repeated blocks are written.
  static void add_block(ModelBuilder& b, Node* out, const Entry& named, Node* block) {
    Node* have = const_cast<Node*>(out->get(named.key));
    if (!have) {
      b.set(out, named.key, block, named.key_span);
    } else if (have->is_seq()) {
      b.push(have, block);
    } else {
      Node* s = b.seq(out->span);
      b.push(s, have);
      b.push(s, block);
      b.set(out, named.key, s, named.key_span);
    }
  }

  // count = 0, or for_each over nothing, decided without a variable's default: the resource is not created.
  bool absent(const Node* body) {
    size_t before = scope_.defaults_read;
    bool none = false;
    if (const Node* c = body->get("count")) {
      ValuePtr v = value_of(c, scope_, json_);
      none = v->kind == Value::Kind::number && v->number == 0;
    } else if (const Node* f = body->get("for_each")) {
      ValuePtr v = value_of(f, scope_, json_);
      none = (v->kind == Value::Kind::tuple && v->items.empty()) || (v->kind == Value::Kind::object && v->fields.empty());
    }
    return none && scope_.defaults_read == before;
  }

 private:
  static constexpr size_t kMaxExpandedBlocks = 1024;
  ModuleScope& scope_;
  Materializer& mat_;
  bool json_;
  size_t expanded_ = 0;  // blocks made from dynamic blocks in the body being read
};

struct Module {
  std::vector<const Document*> configs;  // .tf and .tf.json, in path order
  std::vector<const Document*> vars;     // .tfvars and .tfvars.json
};

void load_scope(const Module& m, ModuleScope* scope) {
  for (const Document* d : m.configs) {
    const Node* root = d->root;
    if (!root || !root->is_map()) continue;
    bool json = d->format == Format::json;
    for (const Entry& top : root->entries) {
      if (top.key == "variable" && top.value && top.value->is_map()) {
        for (const Entry& v : top.value->entries) {
          each_body(v, [&](const Entry&, const Node* body) {
            ModuleScope::Var& var = scope->vars[v.key];
            if (const Entry* def = body->entry("default")) {
              var.declared_default = def->value;
              var.has_default = true;
            }
          });
        }
      } else if (top.key == "locals" && top.value) {
        // HCL merges every locals block into one map; Terraform JSON may write a seq of them.
        auto add = [&](const Node* map) {
          for (const Entry& l : map->entries) {
            scope->locals[l.key] = l.value;
            scope->json_local[l.key] = json;
          }
        };
        if (top.value->is_map()) add(top.value);
        else if (top.value->is_seq())
          for (const Entry& i : top.value->entries)
            if (i.value && i.value->is_map()) add(i.value);
      }
    }
  }
  // Terraform's order: terraform.tfvars, then *.auto.tfvars by name (later files win).
  std::vector<const Document*> autos;
  for (const Document* d : m.vars) {
    std::string_view base = path_name(d->path());
    bool is_auto = base == "terraform.tfvars" || base == "terraform.tfvars.json" || ends_with(base, ".auto.tfvars") ||
                   ends_with(base, ".auto.tfvars.json");
    if (is_auto) autos.push_back(d);
  }
  std::stable_sort(autos.begin(), autos.end(), [](const Document* a, const Document* b) {
    bool ta = path_name(a->path()).substr(0, 16) == "terraform.tfvars";
    bool tb = path_name(b->path()).substr(0, 16) == "terraform.tfvars";
    if (ta != tb) return ta;
    return path_name(a->path()) < path_name(b->path());
  });
  for (const Document* d : autos) {
    if (!d->root || !d->root->is_map()) continue;
    for (const Entry& e : d->root->entries) {
      auto it = scope->vars.find(e.key);
      if (it != scope->vars.end()) it->second.auto_value = e.value;
    }
  }
  for (const Document* d : m.vars) {
    if (std::find(autos.begin(), autos.end(), d) != autos.end() || !d->root || !d->root->is_map()) continue;
    for (const Entry& e : d->root->entries) {
      auto it = scope->vars.find(e.key);
      if (it != scope->vars.end()) it->second.file_values.push_back(e.value);
    }
  }
}

// `data "aws_iam_policy_document"` blocks: items of their own (class policy), so that a policy written as a
// document is judged where it is written. Their attributes are not copied: a data source configures nothing, and
// rules over every item's attributes should not read it.
void data_drafts(const Document& doc, const Node* data, BodyReader& reader, std::vector<Draft>* out) {
  std::vector<const Node*> sections;
  if (data->is_map()) sections.push_back(data);
  else if (data->is_seq())
    for (const Entry& i : data->entries)
      if (i.value && i.value->is_map()) sections.push_back(i.value);
  for (const Node* section : sections) {
    const Entry* docs = section->entry("aws_iam_policy_document");
    if (!docs || !docs->value || !docs->value->is_map()) continue;
    for (const Entry& named : docs->value->entries) {
      each_body(named, [&](const Entry& e, const Node* body) {
        if (reader.absent(body)) return;
        Draft dr;
        dr.b = std::make_unique<ModelBuilder>(doc, "resource");
        dr.doc = &doc;
        dr.type = "aws_iam_policy_document";
        dr.address = "data.aws_iam_policy_document." + e.key;
        dr.group = "terraform:" + std::string(path_folder(doc.path()));
        start_item(dr, "terraform", e.key, e.key_span);
        dr.attributes = reader.read(*dr.b, body);
        if (dr.attributes) dr.attributes->span = body->span;
        add_policy(dr);
        dr.attributes = nullptr;
        out->push_back(std::move(dr));
      });
    }
  }
}

void module_drafts(const Module& m, size_t* budget, std::vector<Draft>* out) {
  ModuleScope scope;
  load_scope(m, &scope);
  Materializer mat(budget);
  for (const Document* d : m.configs) {
    const Node* root = d->root;
    if (!root || !root->is_map()) continue;
    BodyReader reader(scope, mat, d->format == Format::json);
    for (const Entry& top : root->entries) {
      if (top.key == "data" && top.value) {
        data_drafts(*d, top.value, reader, out);
        continue;
      }
      if (top.key != "resource" || !top.value) continue;
      // Terraform JSON may write `resource` as a seq of objects; HCL makes a map.
      std::vector<const Node*> sections;
      if (top.value->is_map()) sections.push_back(top.value);
      else if (top.value->is_seq())
        for (const Entry& i : top.value->entries)
          if (i.value && i.value->is_map()) sections.push_back(i.value);
      for (const Node* section : sections) {
        for (const Entry& by_type : section->entries) {
          if (!by_type.value || !by_type.value->is_map()) continue;
          for (const Entry& named : by_type.value->entries) {
            each_body(named, [&](const Entry& e, const Node* body) {
              if (reader.absent(body)) return;
              Draft dr;
              dr.b = std::make_unique<ModelBuilder>(*d, "resource");
              dr.doc = d;
              dr.type = by_type.key;
              dr.address = by_type.key + "." + e.key;
              dr.group = "terraform:" + std::string(path_folder(d->path()));
              start_item(dr, "terraform", e.key, e.key_span);
              dr.attributes = reader.read(*dr.b, body);
              dr.attributes->span = body->span;
              dr.b->set(dr.root, "attributes", dr.attributes, e.key_span);
              for (const Entry& a : body->entries) note_links(a.value, a.key, dr);
              add_controls(dr);
              out->push_back(std::move(dr));
            });
          }
        }
      }
    }
  }
}

// A plan's `after` value without the nulls (an attribute a plan shows as null is one the configuration did not
// set), with what `after_unknown` marks as known only after apply as unknown nodes.
Node* plan_value(ModelBuilder& b, const Node* after, const Node* unknown, const Span& at, int depth) {
  if (depth > kMaxDepth) return b.unknown("(known after apply)", at);
  if (is_true(unknown))
    return b.unknown("(known after apply)", unknown->span);
  if (!after || after->type == NodeType::null) return nullptr;
  if (after->is_map()) {
    Node* m = b.map(after->span);
    for (const Entry& e : after->entries) {
      const Node* u = unknown && unknown->is_map() ? unknown->get(e.key) : nullptr;
      if (Node* v = plan_value(b, e.value, u, e.key_span, depth + 1)) b.set(m, e.key, v, e.key_span);
    }
    if (unknown && unknown->is_map())
      for (const Entry& e : unknown->entries)
        if (!after->get(e.key) || after->get(e.key)->type == NodeType::null)
          if (Node* v = plan_value(b, nullptr, e.value, e.key_span, depth + 1)) b.set(m, e.key, v, e.key_span);
    return m;
  }
  if (after->is_seq()) {
    Node* s = b.seq(after->span);
    for (size_t i = 0; i < after->entries.size(); ++i) {
      const Node* u = unknown && unknown->is_seq() ? unknown->at(i) : nullptr;
      if (Node* v = plan_value(b, after->entries[i].value, u, after->entries[i].value->span, depth + 1)) b.push(s, v);
    }
    return s;
  }
  return b.copy(after);
}

void plan_resource(const Document& plan, const Node* r, const Node* after, const Node* unknown, std::vector<Draft>* out) {
  const Node* mode = r->get("mode");
  const Node* type = r->get("type");
  const Node* address = r->get("address");
  const Node* name = r->get("name");
  if ((mode && mode->text != "managed") || !type || !type->is_string() || !address || !address->is_string()) return;
  Draft dr;
  dr.b = std::make_unique<ModelBuilder>(plan, "resource");
  dr.doc = &plan;
  dr.type = type->text;
  dr.address = address->text;
  dr.group = "plan:" + plan.path();
  start_item(dr, "terraform-plan", name && name->is_string() ? std::string_view(name->text) : std::string_view(dr.address),
             address->span);
  dr.root->span = r->span;
  if (Node* a = plan_value(*dr.b, after, unknown, r->span, 0)) {
    dr.attributes = a;
    dr.b->set(dr.root, "attributes", a, after ? after->span : r->span);
  }
  add_controls(dr);
  out->push_back(std::move(dr));
}

void planned_module(const Document& plan, const Node* module, int depth, std::vector<Draft>* out) {
  if (!module || !module->is_map() || depth > kMaxDepth) return;
  if (const Node* rs = module->get("resources"); rs && rs->is_seq())
    for (const Entry& e : rs->entries)
      if (e.value && e.value->is_map()) plan_resource(plan, e.value, e.value->get("values"), nullptr, out);
  if (const Node* kids = module->get("child_modules"); kids && kids->is_seq())
    for (const Entry& e : kids->entries) planned_module(plan, e.value, depth + 1, out);
}

}  // namespace

void terraform_drafts(const std::vector<const Document*>& docs, std::vector<Draft>* out) {
  std::map<std::string, Module, std::less<>> modules;
  for (const Document* d : docs) {
    if (d->kind == "terraform") modules[std::string(path_folder(d->path()))].configs.push_back(d);
    else if (d->kind == "terraform-vars") modules[std::string(path_folder(d->path()))].vars.push_back(d);
  }
  size_t budget = kMaxResolvedNodes;
  for (const auto& [dir, m] : modules) module_drafts(m, &budget, out);
}

// What a plan does to a resource, in one word: create, update, replace, read or no-op ("" for what Terraform does
// not write: a list this tollgate does not know).
std::string_view plan_action(const Node* actions) {
  if (!actions || !actions->is_seq()) return "";
  auto word = [&](size_t i) { return actions->at(i) && actions->at(i)->is_string() ? std::string_view(actions->at(i)->text) : ""; };
  if (actions->size() == 1) {
    std::string_view w = word(0);
    return w == "create" || w == "update" || w == "read" || w == "no-op" ? w : "";
  }
  if (actions->size() == 2 && ((word(0) == "delete" && word(1) == "create") || (word(0) == "create" && word(1) == "delete")))
    return "replace";
  return "";
}

// A plan's `replace_paths` (the attributes that force a replacement) as "engine", "storage.size", "rule[0].port".
void add_replace_paths(Draft& d, const Node* paths) {
  if (!paths || !paths->is_seq() || paths->size() == 0) return;
  Node* out = d.b->seq(paths->span);
  for (const Entry& p : paths->entries) {
    if (!p.value || !p.value->is_seq()) continue;
    std::string text;
    for (const Entry& step : p.value->entries) {
      if (!step.value) continue;
      if (step.value->type == NodeType::integer) text += "[" + step.value->text + "]";
      else text += (text.empty() ? "" : ".") + step.value->text;
    }
    if (!text.empty()) d.b->push(out, d.b->str(text, p.value->span));
  }
  d.b->set(d.root, "replace_paths", out, paths->span);
}

void plan_drafts(const Document& plan, std::vector<Draft>* out) {
  const Node* root = plan.root;
  if (!root || !root->is_map()) return;
  // resource_changes says what apply will make, with what it cannot know yet; planned_values when it is absent.
  if (const Node* changes = root->get("resource_changes"); changes && changes->is_seq() && changes->size() > 0) {
    for (const Entry& e : changes->entries) {
      const Node* r = e.value;
      if (!r || !r->is_map()) continue;
      const Node* change = r->get("change");
      if (!change || !change->is_map()) continue;
      const Node* actions = change->get("actions");
      if (actions && actions->is_seq() && actions->size() == 1 && actions->at(0)->text == "delete") continue;
      size_t before = out->size();
      plan_resource(plan, r, change->get("after"), change->get("after_unknown"), out);
      if (out->size() == before) continue;
      Draft& d = out->back();
      if (std::string_view action = plan_action(actions); !action.empty())
        d.b->set(d.root, "plan_action", d.b->str(action, actions->span), actions->span);
      add_replace_paths(d, change->get("replace_paths"));
    }
    return;
  }
  if (const Node* pv = root->get("planned_values"); pv && pv->is_map()) planned_module(plan, pv->get("root_module"), 0, out);
}

}  // namespace tollgate::resource

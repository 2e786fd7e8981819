// ModelBuilder: the nodes of one model item (include/tollgate/models.h).
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "tollgate/models.h"

namespace tollgate {

ModelBuilder::ModelBuilder(const Document& from_doc, std::string kind) : doc_(std::make_unique<Document>()) {
  // The items a thread builds from one file share a node pool (include/tollgate/document.h, NodePool): a workload
  // item of 60 nodes used 112 slots of blocks of its own. A pool outlives this thread's reference to it in the
  // items that use it; a source text freed and another allocated at its address only makes two files share one.
  thread_local const SourceText* pool_source = nullptr;
  thread_local std::shared_ptr<NodePool> pool;
  if (!pool || pool_source != from_doc.source.get()) {
    pool = std::make_shared<NodePool>();
    pool_source = from_doc.source.get();
  }
  doc_->arena.share(pool);
  doc_->source = from_doc.source;
  doc_->format = from_doc.format;
  doc_->kind = std::move(kind);
  doc_->index = from_doc.index;
  doc_->origin = &from_doc;
}

namespace {

Node* make_node(Document& d, NodeType t, const Span& at) {
  Node& n = d.arena.emplace_back();
  n.type = t;
  n.span = at;
  return &n;
}

// A scalar's copy. A scalar shared by two keys is copied twice: it has no children to multiply through.
Node* copy_scalar(Document& d, const Node& s) {
  Node* n = make_node(d, s.type, s.span);
  n->quoted = s.quoted;
  n->text = s.text;
  n->refs = s.refs;
  n->tag = s.tag;
  return n;
}

}  // namespace

Node* ModelBuilder::map(const Span& at) { return make_node(*doc_, NodeType::map, at); }
Node* ModelBuilder::seq(const Span& at) { return make_node(*doc_, NodeType::seq, at); }

Node* ModelBuilder::str(std::string_view text, const Span& at) {
  Node* n = make_node(*doc_, NodeType::string, at);
  n->text = text;
  return n;
}

Node* ModelBuilder::boolean(bool v, const Span& at) {
  Node* n = make_node(*doc_, NodeType::boolean, at);
  n->text = v ? "true" : "false";
  return n;
}

Node* ModelBuilder::integer(long long v, const Span& at) {
  Node* n = make_node(*doc_, NodeType::integer, at);
  n->text = std::to_string(v);
  return n;
}

Node* ModelBuilder::floating(double v, const Span& at) {
  Node* n = make_node(*doc_, NodeType::floating, at);
  // The shortest of 15 or 17 significant digits that reads back as the same double.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  if (std::strtod(buf, nullptr) != v) std::snprintf(buf, sizeof buf, "%.17g", v);
  n->text = buf;
  return n;
}

Node* ModelBuilder::unknown(std::string_view source_text, const Span& at) {
  Node* n = make_node(*doc_, NodeType::expr, at);
  n->text = source_text;
  return n;
}

Node* ModelBuilder::copy(const Node* src) {
  if (!src) return nullptr;
  if (src->is_scalar()) return copy_scalar(*doc_, *src);  // most copies: no children, so no alias map
  // Aliased YAML shares nodes (a DAG): copying each shared node once keeps a "billion laughs" document linear.
  std::unordered_map<const Node*, Node*> done;
  auto rec = [&](auto&& self, const Node* s) -> Node* {
    if (s->is_scalar()) return copy_scalar(*doc_, *s);
    auto it = done.find(s);
    if (it != done.end()) {
      doc_->shares_nodes = true;
      return it->second;
    }
    Node* n = make_node(*doc_, s->type, s->span);
    done.emplace(s, n);
    n->quoted = s->quoted;
    n->text = s->text;
    n->refs = s->refs;
    n->tag = s->tag;
    n->entries.reserve(s->entries.size());
    for (const Entry& e : s->entries) n->entries.push_back(Entry{e.key, e.key_span, e.value ? self(self, e.value) : nullptr});
    return n;
  };
  return rec(rec, src);
}

Node* ModelBuilder::share(const Node* src) {
  if (!share_ || !src || !src->is_scalar()) return copy(src);
  return const_cast<Node*>(src);  // read-only from here on: see the declaration
}

Node* ModelBuilder::set(Node* map, std::string_view key, Node* value) {
  return set(map, key, value, value ? value->span : map->span);
}

Node* ModelBuilder::set(Node* map, std::string_view key, Node* value, const Span& key_span) {
  for (Entry& e : map->entries) {
    if (e.key == key) {
      e.value = value;
      e.key_span = key_span;
      return value;
    }
  }
  map->entries.push_back(Entry{std::string(key), key_span, value});
  return value;
}

Node* ModelBuilder::push(Node* seq, Node* value) {
  seq->entries.push_back(Entry{std::string(), value ? value->span : seq->span, value});
  return value;
}

std::unique_ptr<Document> ModelBuilder::finish(Node* root) {
  doc_->root = root;
  return std::move(doc_);
}

}  // namespace tollgate

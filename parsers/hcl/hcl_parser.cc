// HCL (.tf, .tfvars, .tofu) via tree-sitter-hcl, shaped like Terraform's JSON syntax so one rule serves `.tf`
// and `.tf.json` (docs/document-model.md, "HCL").
//
// Choices the model page leaves open, made here:
// - A block's body node spans the whole block, from its type keyword to its closing brace, so a finding "on the
//   resource" points at all of it; its entry's key span is the last label (or the type, for an unlabeled block).
//   Intermediate maps created for a type or a label (root.resource, root.resource.aws_s3_bucket) take the span of
//   the first block that created them; their key spans are that block's type / label tokens.
// - Nested blocks follow the same nesting as top-level ones (`dynamic "ingress" {}` is body.dynamic.ingress),
//   so a body that repeats a key path turns it into a seq of bodies, which is also how repeated unlabeled
//   blocks (two `ingress {}`) become a seq.
// - `[...]` and `{...}` are seq and map whatever their elements are (an element that is not a literal is an expr
//   node inside them), so `tags = { Owner = var.owner }` still has a tags.Owner to check. An object with a
//   computed key (`(var.k) = 1`, `"${x}" = 1`) cannot be a map and is an expr as a whole.
// - A negative number literal (`-1`) is an int, not an expression.
// - An empty file is an empty map, so `root.resource` is simply absent.
// - Nesting depth counts blocks and expression levels (each operand, element, argument and parenthesis);
//   deeper than kMaxDepth is a ParseError at the node that went too deep.
#include <tree_sitter/api.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tollgate/parsers.h"

extern "C" const TSLanguage* tree_sitter_hcl();

namespace tollgate {

namespace {

enum class K : uint8_t {
  other,
  attribute,
  block,
  body,
  bool_lit,
  collection_value,
  comment,
  config_file,
  expression,
  for_intro,
  for_object_expr,
  for_tuple_expr,
  function_call,
  get_attr,
  heredoc_identifier,
  heredoc_start,
  heredoc_template,
  identifier,
  index,
  literal_value,
  null_lit,
  numeric_lit,
  object,
  object_elem,
  operation,
  quoted_template,
  splat,
  string_lit,
  template_directive,
  template_expr,
  template_for,
  template_for_start,
  template_interpolation,
  tuple,
  unary_operation,
  variable_expr,
};

struct KindName {
  const char* name;
  K kind;
};

constexpr KindName kKindNames[] = {
    {"attribute", K::attribute},
    {"block", K::block},
    {"body", K::body},
    {"bool_lit", K::bool_lit},
    {"collection_value", K::collection_value},
    {"comment", K::comment},
    {"config_file", K::config_file},
    {"expression", K::expression},
    {"for_intro", K::for_intro},
    {"for_object_expr", K::for_object_expr},
    {"for_tuple_expr", K::for_tuple_expr},
    {"function_call", K::function_call},
    {"get_attr", K::get_attr},
    {"heredoc_identifier", K::heredoc_identifier},
    {"heredoc_start", K::heredoc_start},
    {"heredoc_template", K::heredoc_template},
    {"identifier", K::identifier},
    {"index", K::index},
    {"literal_value", K::literal_value},
    {"null_lit", K::null_lit},
    {"numeric_lit", K::numeric_lit},
    {"object", K::object},
    {"object_elem", K::object_elem},
    {"operation", K::operation},
    {"quoted_template", K::quoted_template},
    {"splat", K::splat},
    {"string_lit", K::string_lit},
    {"template_directive", K::template_directive},
    {"template_expr", K::template_expr},
    {"template_for", K::template_for},
    {"template_for_start", K::template_for_start},
    {"template_interpolation", K::template_interpolation},
    {"tuple", K::tuple},
    {"unary_operation", K::unary_operation},
    {"variable_expr", K::variable_expr},
};

// Symbol id -> kind, built once from the grammar's names: comparing ids is far cheaper than comparing the
// strings ts_node_type returns, and going by name keeps aliased symbols right.
const std::vector<K>& kind_table() {
  static const std::vector<K> table = [] {
    const TSLanguage* lang = tree_sitter_hcl();
    std::vector<K> t(ts_language_symbol_count(lang), K::other);
    for (TSSymbol s = 0; s < t.size(); ++s) {
      if (ts_language_symbol_type(lang, s) != TSSymbolTypeRegular) continue;
      const char* name = ts_language_symbol_name(lang, s);
      for (const KindName& kn : kKindNames)
        if (std::strcmp(kn.name, name) == 0) t[s] = kn.kind;
    }
    return t;
  }();
  return table;
}

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

TSParser* thread_parser() {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser = [] {
    std::unique_ptr<TSParser, ParserDeleter> p(ts_parser_new());
    ts_parser_set_language(p.get(), tree_sitter_hcl());
    return p;
  }();
  return parser.get();
}

struct Deadline {
  std::chrono::steady_clock::time_point at;
};

bool past_deadline(TSParseState* state) {
  return std::chrono::steady_clock::now() > static_cast<Deadline*>(state->payload)->at;
}

const char* read_string(void* payload, uint32_t byte, TSPoint, uint32_t* bytes_read) {
  const std::string& s = *static_cast<const std::string*>(payload);
  if (byte >= s.size()) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = static_cast<uint32_t>(s.size() - byte);
  return s.data() + byte;
}

// Tree-sitter's error recovery is not provably linear on adversarial input; a generous deadline (10 s plus
// 5 s per MiB; these grammars parse ~1 MiB/s, slower on very large files) turns a pathological parse into an
// error instead of a hang.
TSTree* parse_tree(const std::string& bytes) {
  TSParser* parser = thread_parser();
  Deadline deadline{std::chrono::steady_clock::now() + std::chrono::seconds(10) +
                    std::chrono::milliseconds(bytes.size() / 200)};
  TSInput input{const_cast<std::string*>(&bytes), read_string, TSInputEncodingUTF8, nullptr};
  TSParseOptions options{&deadline, past_deadline};
  TSTree* tree = ts_parser_parse_with_options(parser, nullptr, input, options);
  // A cancelled parse leaves state behind for resumption; the next file must start afresh.
  if (!tree) ts_parser_reset(parser);
  return tree;
}

// A short, single-line excerpt for messages: at most 20 bytes, never ending inside a UTF-8 sequence.
std::string excerpt(std::string_view s) {
  s = s.substr(0, s.find_first_of("\r\n"));
  if (s.size() > 20) {
    size_t n = 20;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
  }
  return std::string(s);
}

// The first ERROR or MISSING node in document order. Iterative, so a degenerate tree cannot exhaust the stack.
bool first_error(TSNode root, TSNode* out) {
  if (!ts_node_has_error(root)) return false;
  TSTreeCursor c = ts_tree_cursor_new(root);
  bool found = false;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (ts_node_is_error(n) || ts_node_is_missing(n)) {
      *out = n;
      found = true;
      break;
    }
    if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c)) continue;
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&c)))
      if (!ts_tree_cursor_goto_parent(&c)) break;
    if (!moved) break;
  }
  ts_tree_cursor_delete(&c);
  return found;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool parse_hex(std::string_view s, uint32_t* v) {
  uint32_t r = 0;
  for (char c : s) {
    int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    r = r * 16 + static_cast<uint32_t>(d);
  }
  *v = r;
  return true;
}

// The body of a quoted string literal, escapes decoded. Terraform rejects an unknown escape; we keep it as
// written, since a scanner should still see the rest of the file.
std::string decode_quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      char e = s[i + 1];
      switch (e) {
        case 'n': out.push_back('\n'); ++i; continue;
        case 'r': out.push_back('\r'); ++i; continue;
        case 't': out.push_back('\t'); ++i; continue;
        case '"': out.push_back('"'); ++i; continue;
        case '\\': out.push_back('\\'); ++i; continue;
        case 'u':
        case 'U': {
          size_t len = e == 'u' ? 4 : 8;
          uint32_t cp;
          if (i + 2 + len <= s.size() && parse_hex(s.substr(i + 2, len), &cp) && cp <= 0x10FFFF &&
              !(cp >= 0xD800 && cp <= 0xDFFF)) {
            append_utf8(&out, cp);
            i += 1 + len;
            continue;
          }
          break;
        }
        default: break;
      }
      out.push_back(c);
      continue;
    }
    // $${ and %%{ are the template escapes for a literal ${ and %{.
    if ((c == '$' || c == '%') && i + 2 < s.size() && s[i + 1] == c && s[i + 2] == '{') {
      out.push_back(c);
      out.push_back('{');
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string unescape_template_markers(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '$' || c == '%') && i + 2 < s.size() && s[i + 1] == c && s[i + 2] == '{') {
      out.push_back(c);
      out.push_back('{');
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Terraform's `<<-` removes from every line the indentation that all non-blank lines share; blank lines do not
// count towards it (an empty line would otherwise cancel all stripping).
std::string strip_indent(std::string_view s) {
  size_t min_indent = std::string_view::npos;
  for (size_t pos = 0; pos < s.size();) {
    size_t eol = s.find('\n', pos);
    size_t end = eol == std::string_view::npos ? s.size() : eol;
    size_t ws = pos;
    while (ws < end && (s[ws] == ' ' || s[ws] == '\t')) ++ws;
    bool blank = ws == end || (ws + 1 == end && s[ws] == '\r');
    if (!blank) min_indent = std::min(min_indent, ws - pos);
    pos = end + 1;
  }
  if (min_indent == std::string_view::npos) min_indent = 0;
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    size_t eol = s.find('\n', pos);
    size_t end = eol == std::string_view::npos ? s.size() : eol + 1;
    size_t skip = 0;
    while (skip < min_indent && pos + skip < end && (s[pos + skip] == ' ' || s[pos + skip] == '\t')) ++skip;
    out.append(s.substr(pos + skip, end - pos - skip));
    pos = end;
  }
  return out;
}

struct Child {
  TSNode node;
  K kind;
};

struct KeyRef {
  const Node* parent;
  std::string key;
  bool operator==(const KeyRef& o) const { return parent == o.parent && key == o.key; }
};
struct KeyRefHash {
  size_t operator()(const KeyRef& k) const {
    return std::hash<std::string>()(k.key) ^ (std::hash<const void*>()(k.parent) * 31);
  }
};

// What a map entry created by block placement holds, so a later block on the same path can find it.
enum class Role : uint8_t { intermediate, body, bodies };

struct Builder {
  const SourceText& src;
  const std::string& bytes;
  Document& doc;
  const std::vector<K>& kinds;
  TSTreeCursor cursor;
  std::optional<ParseError> error = std::nullopt;
  // (map, key) -> index of the last entry block placement made there, with what it holds.
  std::unordered_map<KeyRef, std::pair<uint32_t, Role>, KeyRefHash> placed{};
  std::deque<std::vector<Child>> pool{};  // reused child lists, one per recursion level in use; stable addresses
  size_t pool_used = 0;

  K kind(TSNode n) const {
    TSSymbol s = ts_node_symbol(n);
    return s < kinds.size() ? kinds[s] : K::other;
  }
  std::string_view text(TSNode n) const {
    return src.view(ts_node_start_byte(n), ts_node_end_byte(n));
  }
  Node* make(NodeType t, TSNode n) { return doc.make(t, ts_node_start_byte(n), ts_node_end_byte(n)); }

  void fail(std::string message, uint32_t offset) {
    if (error) return;
    error = ParseError{std::move(message), offset, src.span(offset, offset)};
  }
  bool too_deep(int depth, TSNode at) {
    if (depth <= kMaxDepth) return false;
    fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", ts_node_start_byte(at));
    return true;
  }

  // All children of n, comments dropped. The list stays valid until the matching release().
  std::vector<Child>& children(TSNode n) {
    if (pool_used == pool.size()) pool.emplace_back();
    std::vector<Child>& out = pool[pool_used++];
    out.clear();
    ts_tree_cursor_reset(&cursor, n);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        TSNode c = ts_tree_cursor_current_node(&cursor);
        K k = kind(c);
        if (k != K::comment) out.push_back({c, k});
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    return out;
  }
  void release() { --pool_used; }

  static void add_entry(Node* map, std::string key, Span key_span, Node* value) {
    map->entries.push_back(Entry{std::move(key), key_span, value});
  }

  // ---- references ----

  struct RefScope {
    std::vector<std::string_view> names;  // for-expression variables in scope
    bool has(std::string_view n) const {
      for (auto& s : names)
        if (s == n) return true;
      return false;
    }
  };

  static void add_ref(std::vector<std::string>* refs, std::string_view r) {
    for (const auto& x : *refs)
      if (x == r) return;
    refs->emplace_back(r);
  }

  static bool counts_depth(K k) { return k == K::expression || k == K::operation; }

  // Walks the for-expression (or template for) whose intro is at children[intro]: the collection is evaluated
  // outside the new variables' scope, everything after the intro inside it.
  void refs_of_for(std::vector<Child>& kids, size_t intro, std::vector<std::string>* refs, RefScope* scope,
                   int depth) {
    std::vector<Child>& intro_kids = children(kids[intro].node);
    size_t mark = scope->names.size();
    std::vector<std::string_view> vars;
    for (const Child& c : intro_kids) {
      if (c.kind == K::identifier) vars.push_back(text(c.node));
      else if (c.kind == K::expression) collect_refs(c.node, refs, scope, depth);
    }
    release();
    for (auto v : vars) scope->names.push_back(v);
    for (size_t i = 0; i < kids.size() && !error; ++i)
      if (i != intro && ts_node_is_named(kids[i].node)) collect_refs(kids[i].node, refs, scope, depth);
    scope->names.resize(mark);
  }

  void collect_refs(TSNode n, std::vector<std::string>* refs, RefScope* scope, int depth) {
    if (error) return;
    K k = kind(n);
    if (counts_depth(k) && too_deep(++depth, n)) return;
    std::vector<Child>& kids = children(n);
    if (k == K::for_tuple_expr || k == K::for_object_expr || k == K::template_for) {
      K intro_kind = k == K::template_for ? K::template_for_start : K::for_intro;
      for (size_t i = 0; i < kids.size(); ++i) {
        if (kids[i].kind == intro_kind) {
          refs_of_for(kids, i, refs, scope, depth);
          release();
          return;
        }
      }
    }
    for (size_t i = 0; i < kids.size() && !error; ++i) {
      const Child& c = kids[i];
      if (c.kind == K::variable_expr) {
        // A traversal is the variable and the attribute, index and splat steps that follow it as siblings.
        size_t j = i + 1;
        while (j < kids.size() && (kids[j].kind == K::get_attr || kids[j].kind == K::index || kids[j].kind == K::splat))
          ++j;
        if (!scope->has(text(c.node)))
          add_ref(refs, src.view(ts_node_start_byte(c.node), ts_node_end_byte(kids[j - 1].node)));
        for (size_t s = i + 1; s < j; ++s) collect_refs(kids[s].node, refs, scope, depth);
        i = j - 1;
        continue;
      }
      if (k == K::object_elem && i == 0 && bare_identifier(c.node)) continue;  // a key, not a reference
      if (ts_node_is_named(c.node)) collect_refs(c.node, refs, scope, depth);
    }
    release();
  }

  // `name` alone (an expression holding a single variable with no steps), as an object key is written.
  bool bare_identifier(TSNode expr) {
    if (kind(expr) != K::expression) return false;
    if (ts_node_child_count(expr) != 1) return false;
    return kind(ts_node_child(expr, 0)) == K::variable_expr;
  }

  Node* make_expr(TSNode n, int depth) {
    Node* e = make(NodeType::expr, n);
    e->text = std::string(text(n));
    RefScope scope;
    collect_refs(n, &e->refs, &scope, depth - 1);
    return e;
  }

  // ---- values ----

  Node* convert_string_lit(TSNode n) {
    Node* s = make(NodeType::string, n);
    uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
    // Between the quotes; a missing closing quote is a syntax error reported elsewhere.
    if (e - b >= 2) s->text = decode_quoted(src.view(b + 1, e - 1));
    return s;
  }

  Node* convert_heredoc(TSNode n, int depth) {
    std::vector<Child>& kids = children(n);
    bool dynamic = false, flush = false;
    TSNode open{}, close{};
    int ids = 0;
    for (const Child& c : kids) {
      if (c.kind == K::template_interpolation || c.kind == K::template_directive) dynamic = true;
      if (c.kind == K::heredoc_start) flush = text(c.node) == "<<-";
      if (c.kind == K::heredoc_identifier) (ids++ == 0 ? open : close) = c.node;
    }
    release();
    if (dynamic || ids < 2) return make_expr(n, depth);
    // The content runs from the line after the opening marker to the start of the closing marker's line,
    // final newline included, as Terraform reads it.
    uint32_t begin = ts_node_end_byte(open);
    while (begin < bytes.size() && bytes[begin] != '\n') ++begin;
    if (begin < bytes.size()) ++begin;
    uint32_t end = ts_node_start_byte(close);
    while (end > begin && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) --end;
    if (end < begin) end = begin;
    Node* s = make(NodeType::string, n);
    s->quoted = true;
    std::string_view raw = src.view(begin, end);
    if (flush) {
      std::string stripped = strip_indent(raw);
      s->text = unescape_template_markers(stripped);
    } else {
      s->text = unescape_template_markers(raw);
    }
    return s;
  }

  Node* convert_number(TSNode n, TSNode span_node, bool negative) {
    std::string_view t = text(n);
    bool is_float = t.find_first_of(".eE") != std::string_view::npos;
    Node* v = make(is_float ? NodeType::floating : NodeType::integer, span_node);
    v->text = negative ? "-" + std::string(t) : std::string(t);
    return v;
  }

  // An object's key as a string, or false when it is computed and the object cannot be a map.
  bool object_key(TSNode key_expr, std::string* key) {
    std::vector<Child>& kids = children(key_expr);
    bool ok = false;
    if (kids.size() == 1 && kids[0].kind == K::variable_expr) {
      *key = std::string(text(kids[0].node));
      ok = true;
    } else if (kids.size() == 1 && kids[0].kind == K::literal_value) {
      TSNode lit = ts_node_child(kids[0].node, 0);
      K lk = kind(lit);
      if (lk == K::string_lit) {
        uint32_t b = ts_node_start_byte(lit), e = ts_node_end_byte(lit);
        *key = e - b >= 2 ? decode_quoted(src.view(b + 1, e - 1)) : std::string();
        ok = true;
      } else if (lk == K::bool_lit || lk == K::null_lit || lk == K::numeric_lit) {
        *key = std::string(text(lit));  // Terraform converts these keys to their string form
        ok = true;
      }
    }
    release();
    return ok;
  }

  Node* convert_object(TSNode expr, TSNode obj, int depth) {
    std::vector<Child>& kids = children(obj);
    std::vector<std::pair<std::string, TSNode>> keys;
    for (const Child& c : kids) {
      if (c.kind != K::object_elem) continue;
      TSNode key = ts_node_child_by_field_name(c.node, "key", 3);
      std::string k;
      if (ts_node_is_null(key) || !object_key(key, &k)) {
        release();
        return make_expr(expr, depth);
      }
      keys.emplace_back(std::move(k), key);
    }
    Node* m = make(NodeType::map, expr);
    size_t ki = 0;
    for (const Child& c : kids) {
      if (c.kind != K::object_elem || error) continue;
      TSNode val = ts_node_child_by_field_name(c.node, "val", 3);
      auto& [k, key_node] = keys[ki++];
      Node* v = ts_node_is_null(val) ? make(NodeType::null, c.node) : convert(val, depth);
      if (!v) break;
      add_entry(m, std::move(k), src.span(ts_node_start_byte(key_node), ts_node_end_byte(key_node)), v);
    }
    release();
    return error ? nullptr : m;
  }

  Node* convert_tuple(TSNode expr, TSNode tup, int depth) {
    Node* s = make(NodeType::seq, expr);
    std::vector<Child>& kids = children(tup);
    for (const Child& c : kids) {
      if (c.kind != K::expression) continue;
      Node* v = convert(c.node, depth);
      if (!v) break;
      s->entries.push_back(Entry{std::string(), v->span, v});
    }
    release();
    return error ? nullptr : s;
  }

  // An attribute value, object value or tuple item. `expr` is the `expression` node whose span the value takes.
  Node* convert(TSNode expr, int depth) {
    if (too_deep(++depth, expr)) return nullptr;
    // Peel single-child wrappers (expression > literal_value > string_lit, expression > collection_value >
    // tuple, ...) to find what the expression is; anything with more than one child is an expression proper.
    TSNode n = expr;
    for (;;) {
      K k = kind(n);
      if (k != K::expression && k != K::literal_value && k != K::collection_value && k != K::template_expr &&
          k != K::operation)
        break;
      if (ts_node_child_count(n) != 1) break;
      n = ts_node_child(n, 0);
    }
    switch (kind(n)) {
      case K::string_lit: return convert_string_lit_span(n, expr);
      case K::numeric_lit: return convert_number(n, expr, false);
      case K::bool_lit: {
        Node* v = make(NodeType::boolean, expr);
        v->text = std::string(text(n));
        return v;
      }
      case K::null_lit: return make(NodeType::null, expr);
      case K::tuple: return convert_tuple(expr, n, depth);
      case K::object: return convert_object(expr, n, depth);
      case K::heredoc_template: {
        Node* v = convert_heredoc(n, depth);
        if (v) v->span = src.span(ts_node_start_byte(expr), ts_node_end_byte(expr));
        return v;
      }
      case K::quoted_template: {
        // The grammar gives a template without ${} or %{} as a string_lit; keep the fallback for safety.
        std::vector<Child>& kids = children(n);
        bool dynamic = false;
        for (const Child& c : kids)
          dynamic |= c.kind == K::template_interpolation || c.kind == K::template_directive;
        release();
        if (!dynamic) return convert_string_lit_span(n, expr);
        return make_expr(expr, depth);
      }
      case K::unary_operation: {
        // -1 is a number; anything else unary (!x, -var.n) is an expression.
        if (ts_node_child_count(n) == 2 && text(ts_node_child(n, 0)) == "-") {
          TSNode operand = ts_node_child(n, 1);
          if (kind(operand) == K::literal_value && ts_node_child_count(operand) == 1 &&
              kind(ts_node_child(operand, 0)) == K::numeric_lit)
            return convert_number(ts_node_child(operand, 0), expr, true);
        }
        return make_expr(expr, depth);
      }
      default: return make_expr(expr, depth);
    }
  }

  Node* convert_string_lit_span(TSNode lit, TSNode expr) {
    Node* s = convert_string_lit(lit);
    s->span = src.span(ts_node_start_byte(expr), ts_node_end_byte(expr));
    return s;
  }

  // ---- blocks ----

  Node* lookup(Node* map, const std::string& key, Role want) {
    auto it = placed.find(KeyRef{map, key});
    if (it == placed.end()) return nullptr;
    if (want == Role::intermediate) return it->second.second == Role::intermediate ? map->entries[it->second.first].value : nullptr;
    return it->second.second != Role::intermediate ? map->entries[it->second.first].value : nullptr;
  }

  Node* descend(Node* map, std::string key, Span key_span, Span block_span) {
    if (Node* found = lookup(map, key, Role::intermediate)) return found;
    Node& n = doc.arena.emplace_back();
    n.type = NodeType::map;
    n.span = block_span;
    placed[KeyRef{map, key}] = {static_cast<uint32_t>(map->entries.size()), Role::intermediate};
    add_entry(map, std::move(key), key_span, &n);
    return &n;
  }

  void place(Node* map, std::string key, Span key_span, Node* body) {
    auto it = placed.find(KeyRef{map, key});
    if (it != placed.end() && it->second.second != Role::intermediate) {
      Entry& e = map->entries[it->second.first];
      if (it->second.second == Role::body) {
        // A second block on the same path: the key now holds the bodies in order.
        Node& seq = doc.arena.emplace_back();
        seq.type = NodeType::seq;
        seq.span = e.value->span;
        seq.entries.push_back(Entry{std::string(), e.value->span, e.value});
        e.value = &seq;
        it->second.second = Role::bodies;
      }
      e.value->entries.push_back(Entry{std::string(), body->span, body});
      return;
    }
    placed[KeyRef{map, key}] = {static_cast<uint32_t>(map->entries.size()), Role::body};
    add_entry(map, std::move(key), key_span, body);
  }

  std::string label_text(const Child& c) {
    if (c.kind == K::string_lit) {
      uint32_t b = ts_node_start_byte(c.node), e = ts_node_end_byte(c.node);
      return e - b >= 2 ? decode_quoted(src.view(b + 1, e - 1)) : std::string();
    }
    return std::string(text(c.node));
  }

  Span span_of(TSNode n) const { return src.span(ts_node_start_byte(n), ts_node_end_byte(n)); }

  void block(Node* parent, TSNode blk, int depth, bool top) {
    if (too_deep(++depth, blk)) return;
    std::vector<Child>& kids = children(blk);
    const Child* type = nullptr;
    std::vector<const Child*> labels;
    TSNode body{};
    bool has_body = false;
    for (const Child& c : kids) {
      if (!type && c.kind == K::identifier) type = &c;
      else if (type && !has_body && (c.kind == K::string_lit || c.kind == K::identifier)) labels.push_back(&c);
      else if (c.kind == K::body) body = c.node, has_body = true;
    }
    if (!type) {
      release();
      return;
    }
    Span block_span = span_of(blk);
    Node* target = nullptr;
    if (top && labels.empty() && text(type->node) == "locals") {
      // Every locals block adds to the one root.locals map.
      target = descend(parent, "locals", span_of(type->node), block_span);
    } else {
      Node* at = parent;
      std::string key(text(type->node));
      Span key_span = span_of(type->node);
      for (const Child* l : labels) {
        at = descend(at, std::move(key), key_span, block_span);
        key = label_text(*l);
        key_span = span_of(l->node);
      }
      Node& b = doc.arena.emplace_back();
      b.type = NodeType::map;
      b.span = block_span;
      place(at, std::move(key), key_span, &b);
      target = &b;
    }
    if (has_body) fill_body(target, body, depth, false);
    release();
  }

  void fill_body(Node* map, TSNode body, int depth, bool top) {
    std::vector<Child>& kids = children(body);
    for (const Child& c : kids) {
      if (error) break;
      if (c.kind == K::attribute) attribute(map, c.node, depth);
      else if (c.kind == K::block) block(map, c.node, depth, top);
    }
    release();
  }

  void attribute(Node* map, TSNode attr, int depth) {
    std::vector<Child>& kids = children(attr);
    const Child* name = nullptr;
    const Child* value = nullptr;
    for (const Child& c : kids) {
      if (!name && c.kind == K::identifier) name = &c;
      else if (c.kind == K::expression) value = &c;
    }
    if (name && value) {
      Node* v = convert(value->node, depth);
      if (v) add_entry(map, std::string(text(name->node)), span_of(name->node), v);
    }
    release();
  }
};

}  // namespace

ParseResult parse_hcl(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  const std::string& bytes = src->bytes();
  std::unique_ptr<TSTree, TreeDeleter> tree(parse_tree(bytes));
  if (!tree) {
    result.error = ParseError{"parsing took too long", 0, src->span(0, 0)};
    return result;
  }
  TSNode root = ts_tree_root_node(tree.get());
  TSNode bad;
  if (first_error(root, &bad)) {
    uint32_t at = ts_node_start_byte(bad);
    std::string msg;
    if (ts_node_is_missing(bad)) {
      msg = std::string("missing '") + ts_node_type(bad) + "'";
    } else {
      std::string ex = excerpt(src->view(at, ts_node_end_byte(bad)));
      msg = ex.empty() ? "unexpected end of input" : "unexpected '" + ex + "'";
    }
    result.error = ParseError{std::move(msg), at, src->span(at, at)};
    return result;
  }

  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::hcl;
  doc->index = 0;
  doc->root = doc->make(NodeType::map, 0, static_cast<uint32_t>(bytes.size()));

  Builder b{*src, bytes, *doc, kind_table(), ts_tree_cursor_new(root)};
  std::vector<Child>& top = b.children(root);
  for (const Child& c : top) {
    if (b.error) break;
    if (c.kind == K::body) {
      b.fill_body(doc->root, c.node, 0, true);
    } else if (c.kind == K::object) {
      // A file holding just `{ ... }` (seen in some .tfvars generators): its keys become the root's.
      Node* m = b.convert(c.node, 0);
      if (m && m->is_map()) doc->root->entries = m->entries;
    }
  }
  b.release();
  ts_tree_cursor_delete(&b.cursor);
  if (b.error) {
    result.error = std::move(b.error);
    return result;
  }
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate

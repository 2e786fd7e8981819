// YAML events -> document model, straight from the reader's events (no intermediate tree).
//
// Semantics are those of docs/document-model.md "YAML": core-schema typing of plain scalars, aliases share the
// anchored node, merge keys, CloudFormation short tags rewritten to their long form.
#include "parsers/yaml/yaml_builder.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tollgate/parsers.h"

namespace tollgate::yaml {

namespace {

// A cap on the entries that merge keys copy into one document. Aliases share nodes, so a billion-laughs
// document stays linear; merges copy entries, and N maps each merging one map of N keys would be quadratic.
constexpr size_t kMaxMergedEntries = 100000;

bool is_line_break(const char* data, uint32_t i, uint32_t size) {
  // Same line ends as SourceText: \n, \r\n (counted at the \n) and a lone \r.
  return data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n'));
}

// Byte offsets -> Span, identical to SourceText::span(). The events come in nearly increasing order, so a cursor
// that moves from its last answer costs a few bytes per span; SourceText::span() binary-searches the line and
// counts up to 4 x 256 bytes per call, which made parse_yaml 2.3x slower on Kubernetes-like input when tried.
class Locator {
 public:
  explicit Locator(const SourceText& src)
      : src_(src), data_(src.bytes().data()), size_(static_cast<uint32_t>(src.bytes().size())) {}

  Span span(uint32_t begin, uint32_t end) {
    Span s;
    s.begin = std::min(begin, size_);
    s.end = std::clamp(end, s.begin, size_);
    locate(s.begin, &s.line, &s.col);
    locate(s.end, &s.end_line, &s.end_col);
    return s;
  }

 private:
  void locate(uint32_t off, uint32_t* line, uint32_t* col) {
    if (off < line_start_) {
      // Back across a line start: rare (an error context, a tag before a long value); ask the line index.
      src_.locate(off, &line_, &col_);
      line_start_ = src_.line_start(line_);
      pos_ = off;
    } else if (off < pos_) {
      for (uint32_t i = off; i < pos_; ++i) col_ -= (static_cast<unsigned char>(data_[i]) & 0xC0) != 0x80;
      pos_ = off;
    } else {
      // Locals rather than the members: a member could alias the bytes read through a char pointer, so the
      // compiler would store and reload it for every byte.
      uint32_t i = pos_, line = line_, col = col_, line_start = line_start_;
      while (i < off) {
        uint32_t stop = std::min(off, i + 8);
        if (std::endian::native == std::endian::little && i + 8 <= size_) {
          // Up to eight ASCII bytes that are not line breaks (most of a line) are as many columns. Bytes past
          // off are read but replaced by 'a', so that spans a few bytes apart cost one step too.
          uint64_t w;
          std::memcpy(&w, data_ + i, 8);
          constexpr uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
          uint32_t n = stop - i;
          if (n < 8) {
            uint64_t keep = (uint64_t{1} << (8 * n)) - 1;  // the first n bytes, little-endian
            w = (w & keep) | (k01 * 'a' & ~keep);
          }
          if (((w | ((w - k01 * ('\r' + 1)) & ~w)) & k80) == 0) {
            col += n;
            i = stop;
            continue;
          }
        }
        for (; i < stop; ++i) {
          unsigned char c = static_cast<unsigned char>(data_[i]);
          if (c > '\r') {
            col += (c & 0xC0) != 0x80;
          } else if (is_line_break(data_, i, size_)) {
            ++line;
            col = 1;
            line_start = i + 1;
          } else {
            ++col;
          }
        }
      }
      pos_ = off;
      line_ = line;
      col_ = col;
      line_start_ = line_start;
    }
    *line = line_;
    *col = col_;
  }

  const SourceText& src_;
  const char* data_;
  uint32_t size_;
  uint32_t pos_ = 0, line_ = 1, col_ = 1, line_start_ = 0;
};


bool all_of(std::string_view s, size_t from, bool (*pred)(char)) {
  if (from >= s.size()) return false;
  for (size_t i = from; i < s.size(); ++i)
    if (!pred(s[i])) return false;
  return true;
}
bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool equals_icase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if ((s[i] | 0x20) != lower[i]) return false;
  return true;
}

// Parses digits in base into a non-negative value; false on overflow of int64.
bool parse_unsigned(std::string_view digits, int base, uint64_t* out) {
  uint64_t v = 0;
  for (char c : digits) {
    uint64_t d = is_dec(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    if (v > (static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) + 1 - d) / base) return false;
    v = v * base + d;
  }
  *out = v;
  return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_core_float(std::string_view s) {
  size_t i = 0, n = s.size();
  if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
  size_t int_digits = 0, frac_digits = 0;
  while (i < n && is_dec(s[i])) ++i, ++int_digits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && is_dec(s[i])) ++i, ++frac_digits;
    if (int_digits == 0 && frac_digits == 0) return false;
  } else if (int_digits == 0) {
    return false;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
    size_t exp_digits = 0;
    while (i < n && is_dec(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == n;
}

// The YAML 1.2 core schema for a plain scalar. Ints carry their decimal value as text so every consumer reads
// one notation ("0x1F" -> "31"); an int too big for int64 is a float (decimal) or stays a string (0x, 0o).
void resolve_plain(std::string_view v, Node* n) {
  n->type = NodeType::string;
  if (v.empty()) {
    n->type = NodeType::null;
    n->text = "null";
    return;
  }
  char c = v[0];
  // Most plain scalars are words; only these first characters can start a non-string.
  if (!(is_dec(c) || c == '-' || c == '+' || c == '.' || c == '~' || c == 'n' || c == 'N' || c == 't' || c == 'T' ||
        c == 'f' || c == 'F')) {
    n->text.assign(v);
    return;
  }
  if (v == "~" || v == "null" || v == "Null" || v == "NULL") {
    n->type = NodeType::null;
    n->text = "null";
    return;
  }
  if (equals_icase(v, "true") || equals_icase(v, "false")) {
    n->type = NodeType::boolean;
    n->text = (v[0] | 0x20) == 't' ? "true" : "false";
    return;
  }
  uint64_t u = 0;
  if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'o')) {
    bool hex = v[1] == 'x';
    if (all_of(v, 2, hex ? is_hex : is_oct)) {
      if (parse_unsigned(v.substr(2), hex ? 16 : 8, &u) && u <= static_cast<uint64_t>(INT64_MAX)) {
        n->type = NodeType::integer;
        n->text = std::to_string(u);
        return;
      }
      n->text.assign(v);
      return;
    }
  }
  size_t sign = (c == '-' || c == '+') ? 1 : 0;
  if (all_of(v, sign, is_dec)) {
    bool neg = c == '-';
    if (parse_unsigned(v.substr(sign), 10, &u) && (neg || u <= static_cast<uint64_t>(INT64_MAX))) {
      n->type = NodeType::integer;
      n->text = neg && u != 0 ? "-" + std::to_string(u) : std::to_string(u);
      if (neg && u == static_cast<uint64_t>(INT64_MAX) + 1) n->text = "-9223372036854775808";
      return;
    }
    n->type = NodeType::floating;
    n->text.assign(v);
    return;
  }
  if (is_core_float(v)) {
    n->type = NodeType::floating;
    n->text.assign(v);
    return;
  }
  std::string_view body = v.substr(sign);
  if (body == ".inf" || body == ".Inf" || body == ".INF") {
    n->type = NodeType::floating;
    n->text = c == '-' ? "-.inf" : ".inf";
    return;
  }
  if (v == ".nan" || v == ".NaN" || v == ".NAN") {
    n->type = NodeType::floating;
    n->text = ".nan";
    return;
  }
  n->text.assign(v);
}


// The long-form key of a CloudFormation short tag, or empty when the tag is not one.
std::string_view cfn_key(std::string_view tag) {
  if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!') return {};
  static const std::unordered_map<std::string_view, std::string_view> kNames = {
      {"!Ref", "Ref"},
      {"!Condition", "Condition"},
      {"!Base64", "Fn::Base64"},
      {"!Cidr", "Fn::Cidr"},
      {"!FindInMap", "Fn::FindInMap"},
      {"!GetAtt", "Fn::GetAtt"},
      {"!GetAZs", "Fn::GetAZs"},
      {"!ImportValue", "Fn::ImportValue"},
      {"!Join", "Fn::Join"},
      {"!Select", "Fn::Select"},
      {"!Split", "Fn::Split"},
      {"!Sub", "Fn::Sub"},
      {"!Transform", "Fn::Transform"},
      {"!And", "Fn::And"},
      {"!Equals", "Fn::Equals"},
      {"!If", "Fn::If"},
      {"!Not", "Fn::Not"},
      {"!Or", "Fn::Or"},
      {"!Length", "Fn::Length"},
      {"!ToJsonString", "Fn::ToJsonString"},
      {"!ForEach", "Fn::ForEach"},
      {"!Contains", "Fn::Contains"},
      {"!EachMemberEquals", "Fn::EachMemberEquals"},
      {"!EachMemberIn", "Fn::EachMemberIn"},
      {"!RefAll", "Fn::RefAll"},
      {"!ValueOf", "Fn::ValueOf"},
      {"!ValueOfAll", "Fn::ValueOfAll"},
  };
  auto it = kNames.find(tag);
  return it == kNames.end() ? std::string_view{} : it->second;
}

struct Frame {
  Node* node;            // the map or seq being filled
  Node* outer;           // what the parent holds: node, or the CloudFormation map wrapping it
  uint32_t begin;        // byte offset of the node's start (its properties included)
  uint32_t content;      // where the content starts after a CloudFormation tag (else begin)
  bool is_map;
  bool flow;
  bool has_key = false;  // map: a key was read and waits for its value
  bool key_is_merge = false;
  std::string key;
  Span key_span;
  uint32_t key_offset = 0;
  Span last;             // where the latest key or item was written: a block collection ends with it
  size_t first_entry = 0;  // where the collection's entries start in Builder::State::pending
  struct Merge {
    size_t at;  // the entry index the merged keys go to: where `<<` was written
    const Node* from;
    uint32_t offset;
  };
  std::vector<Merge> merges;
};

}  // namespace

struct Builder::State {
  std::shared_ptr<const SourceText> src;
  const char* data;
  uint32_t size;
  Locator loc;

  ParseResult result;
  std::unique_ptr<Document> doc;
  std::shared_ptr<NodePool> pool = std::make_shared<NodePool>();  // every document's nodes
  std::vector<Frame> stack;
  // The entries of the open collections, innermost last. A collection gets its entries when it ends, in one
  // allocation of the right size: growing each node's vector as entries arrive cost more than the rest of the
  // builder's allocations together.
  std::vector<Entry> pending;
  std::unordered_map<std::string, Node*> anchors;
  size_t merged = 0;
  bool last_end_implicit = false;

  explicit State(std::shared_ptr<const SourceText> s)
      : src(std::move(s)), data(src->bytes().data()), size(static_cast<uint32_t>(src->bytes().size())), loc(*src) {}

  bool fail(std::string message, uint32_t offset) {
    ParseError e;
    e.message = std::move(message);
    e.offset = std::min(offset, size);
    e.span = src->span(e.offset, e.offset);
    result.error = std::move(e);
    return false;
  }

  Node* make(NodeType t, uint32_t begin, uint32_t end) {
    Node& n = doc->arena.emplace_back();
    n.type = t;
    n.span = loc.span(begin, end);
    return &n;
  }

  // Skips spaces, line breaks and comments from i.
  uint32_t skip_blank(uint32_t i, uint32_t end) const {
    while (i < end) {
      char c = data[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '#') {
        while (i < end && data[i] != '\n' && data[i] != '\r') ++i;
      } else {
        break;
      }
    }
    return i;
  }

  uint32_t skip_token(uint32_t i, uint32_t end) const {
    while (i < end && data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' && data[i] != ',' &&
           data[i] != '[' && data[i] != ']' && data[i] != '{' && data[i] != '}')
      ++i;
    return i;
  }

  // A node's properties (tag, anchor) precede its content, in either order; libyaml's start mark is at the
  // first of them. Finds the tag's byte range and where the content starts.
  void split_properties(uint32_t begin, uint32_t end, uint32_t* tag_begin, uint32_t* tag_end, uint32_t* content) {
    *tag_begin = *tag_end = begin;
    uint32_t i = begin;
    for (int k = 0; k < 2 && i < end && (data[i] == '!' || data[i] == '&'); ++k) {
      uint32_t stop = skip_token(i, end);
      if (data[i] == '!') *tag_begin = i, *tag_end = stop;
      i = skip_blank(stop, end);
    }
    *content = std::min(i, end);
  }

  void begin_document() {
    doc = std::make_unique<Document>();
    doc->arena.share(pool);
    doc->source = src;
    doc->format = Format::yaml;
    doc->index = static_cast<int>(result.documents.size());
    anchors.clear();
    merged = 0;
  }

  void end_document(bool implicit) {
    last_end_implicit = implicit;
    result.documents.push_back(std::move(doc));
  }

  void anchor(std::string_view name, Node* n) {
    if (!name.empty()) anchors[std::string(name)] = n;
  }

  // Text for a map key that is not a plain scalar event: an alias or, rarely, a collection.
  std::string key_text(const Node* k) const {
    if (k->type == NodeType::string) return k->text;
    return std::string(src->view(k->span.begin, k->span.end));
  }

  bool mergeable(const Node* v) const {
    if (v->is_map()) return true;
    if (!v->is_seq() || v->entries.empty()) return false;
    for (const Entry& e : v->entries)
      if (!e.value->is_map()) return false;
    return true;
  }

  // Places a finished node: the document root, a sequence item, a map key or a map value. `where` is the
  // place it was written (an alias's own span, else the node's span).
  void add(Node* v, const Span& where) {
    if (stack.empty()) {
      doc->root = v;
      return;
    }
    Frame& f = stack.back();
    f.last = where;
    if (!f.is_map) {
      pending.push_back(Entry{{}, where, v});
      return;
    }
    if (!f.has_key) {
      f.key = key_text(v);
      f.key_span = where;
      f.key_offset = where.begin;
      f.key_is_merge = false;
      f.has_key = true;
      return;
    }
    f.has_key = false;
    if (f.key_is_merge && mergeable(v)) {
      f.merges.push_back(Frame::Merge{pending.size() - f.first_entry, v, f.key_offset});
      return;
    }
    pending.push_back(Entry{std::move(f.key), f.key_span, v});
  }

  // Wraps a CloudFormation short-tag node into its long form {Name: node}; the wrapper takes the node's full
  // span (tag included), its key the tag's span, and the inner node the content's span.
  Node* cfn_wrap(std::string_view key, uint32_t tag_begin, uint32_t tag_end, Node* inner, uint32_t begin, uint32_t end) {
    Node* w = make(NodeType::map, begin, end);
    w->entries.push_back(Entry{std::string(key), loc.span(tag_begin, tag_end), inner});
    return w;
  }

  bool on_scalar(const Event& ev) {
    uint32_t begin = ev.begin;
    uint32_t end = ev.end;
    std::string_view value = ev.value;
    bool plain = ev.style == ScalarStyle::plain;
    if (ev.style == ScalarStyle::literal || ev.style == ScalarStyle::folded) {
      // libyaml ends a block scalar after its trailing line breaks, at the next line's start; the span ends
      // at the last character of its content instead.
      while (end > begin && (data[end - 1] == '\n' || data[end - 1] == '\r' || data[end - 1] == ' ' ||
                             data[end - 1] == '\t'))
        --end;
    }

    // Fast path: a key without properties needs no node, only its text and span.
    if (!stack.empty() && stack.back().is_map && !stack.back().has_key && ev.anchor.empty() && ev.tag.empty()) {
      Frame& f = stack.back();
      f.key.assign(value);
      f.key_span = loc.span(begin, end);
      f.key_offset = begin;
      f.last = f.key_span;
      f.key_is_merge = plain && value == "<<";
      f.has_key = true;
      return true;
    }

    std::string tag(ev.tag);
    std::string_view cfn = cfn_key(tag);
    uint32_t tag_begin = begin, tag_end = end, content = begin;
    if (!cfn.empty()) split_properties(begin, end, &tag_begin, &tag_end, &content);

    Node* n = make(NodeType::string, content, end);
    n->quoted = !plain;
    if (!plain) {
      n->text.assign(value);
    } else if (tag.empty() || !cfn.empty()) {
      resolve_plain(value, n);
    } else {
      resolve_tagged(tag, value, n);
    }
    if (cfn.empty()) n->tag = std::move(tag);

    Node* outer = cfn.empty() ? n : cfn_wrap(cfn, tag_begin, tag_end, n, begin, end);
    anchor(ev.anchor, outer);
    if (stack.empty() && plain && value.empty() && ev.tag.empty() && ev.anchor.empty()) {
      // An empty document (`---` and nothing) has no root, as a file with no document has none.
      doc->root = nullptr;
      return true;
    }
    add(outer, outer->span);
    return true;
  }

  // A plain scalar with an explicit tag: the core tags resolve when the text fits them; any other tag makes
  // the value application-defined, so it stays a string.
  static void resolve_tagged(const std::string& tag, std::string_view value, Node* n) {
    if (tag == "!!null" || tag == "!!bool" || tag == "!!int" || tag == "!!float") {
      resolve_plain(value, n);
      NodeType want = tag == "!!null" ? NodeType::null
                      : tag == "!!bool" ? NodeType::boolean
                      : tag == "!!int"  ? NodeType::integer
                                        : NodeType::floating;
      if (n->type == want) return;
      if (want == NodeType::floating && n->type == NodeType::integer) {
        n->type = NodeType::floating;
        n->text.assign(value);
        return;
      }
    }
    n->type = NodeType::string;
    n->text.assign(value);
  }

  bool on_collection_start(const Event& ev, bool is_map) {
    uint32_t begin = ev.begin;
    if (stack.size() >= static_cast<size_t>(kMaxDepth))
      return fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", begin);
    std::string_view cfn = cfn_key(ev.tag);

    // Built in place: a Frame is large, and the stack keeps its capacity from one collection to the next.
    Frame& f = stack.emplace_back();
    f.begin = f.content = begin;
    f.is_map = is_map;
    f.flow = ev.flow;
    NodeType type = is_map ? NodeType::map : NodeType::seq;
    if (!cfn.empty()) {
      // The end of the properties is not known yet; the source from here on bounds them. Spans are made in
      // source order (wrapper, tag, content) to keep the locator moving forward.
      uint32_t tag_begin, tag_end;
      split_properties(begin, size, &tag_begin, &tag_end, &f.content);
      f.outer = cfn_wrap(cfn, tag_begin, tag_end, nullptr, begin, begin);
      f.node = make(type, f.content, f.content);
      f.outer->entries.back().value = f.node;
    } else {
      f.node = f.outer = make(type, begin, begin);
      f.node->tag.assign(ev.tag);
    }
    f.last = f.node->span;
    f.first_entry = pending.size();
    anchor(ev.anchor, f.outer);
    return true;
  }

  bool on_collection_end(const Event& ev) {
    Frame& f = stack.back();
    // The start of each span was located at the start event; only the end is new. libyaml ends a block
    // collection where the next token starts, past comments and blank lines: its span ends with its last
    // key or item instead.
    Span end = f.flow ? loc.span(ev.end, ev.end) : f.last;
    auto first = pending.begin() + static_cast<std::ptrdiff_t>(f.first_entry);
    f.node->entries.assign(std::make_move_iterator(first), std::make_move_iterator(pending.end()));
    pending.erase(first, pending.end());
    if (!f.merges.empty() && !apply_merges(f)) return false;
    for (Node* n : {f.node, f.outer}) {
      n->span.end = end.end;
      n->span.end_line = end.end_line;
      n->span.end_col = end.end_col;
    }
    Node* outer = f.outer;
    stack.pop_back();
    add(outer, outer->span);
    return true;
  }

  // Merge keys: the merged maps' keys that the map does not set itself, in place of `<<`. In a sequence of
  // maps the earlier map wins, as does the earlier of two `<<` keys.
  bool apply_merges(Frame& f) {
    std::vector<Entry>& own = f.node->entries;
    std::unordered_set<std::string_view> seen;
    seen.reserve(own.size() * 2);
    for (const Entry& e : own) seen.insert(e.key);
    std::vector<Entry> out;
    out.reserve(own.size());
    size_t next = 0;
    for (size_t i = 0; i <= own.size(); ++i) {
      for (; next < f.merges.size() && f.merges[next].at == i; ++next) {
        const Frame::Merge& m = f.merges[next];
        auto merge_map = [&](const Node* from) {
          for (const Entry& e : from->entries) {
            if (!seen.insert(e.key).second) continue;
            if (++merged > kMaxMergedEntries) return false;
            out.push_back(e);
          }
          return true;
        };
        bool ok = true;
        if (m.from->is_map()) {
          ok = merge_map(m.from);
        } else {
          for (const Entry& item : m.from->entries)
            if (!(ok = merge_map(item.value))) break;
        }
        if (!ok)
          return fail("merge keys add more than " + std::to_string(kMaxMergedEntries) + " entries to one document",
                      m.offset);
      }
      // Copied, not moved: `seen` views these keys, and a moved short string is emptied in place.
      if (i < own.size()) out.push_back(own[i]);
    }
    seen.clear();
    own = std::move(out);
    return true;
  }

  bool on_alias(const Event& ev) {
    uint32_t begin = ev.begin;
    uint32_t end = ev.end;
    std::string name(ev.anchor);
    auto it = anchors.find(name);
    if (it == anchors.end()) return fail("alias *" + std::string(name) + " refers to an unknown anchor", begin);
    Node* target = it->second;
    if (!target->is_scalar()) {
      for (const Frame& f : stack)
        if (f.outer == target)
          return fail("alias *" + std::string(name) + " refers to a node that contains it", begin);
    }
    doc->shares_nodes = true;
    add(target, loc.span(begin, end));
    return true;
  }

  bool event(const Event& ev) {
    switch (ev.type) {
      case EventType::document_start: begin_document(); return true;
      case EventType::document_end: end_document(ev.implicit); return true;
      case EventType::scalar: return on_scalar(ev);
      case EventType::sequence_start: return on_collection_start(ev, false);
      case EventType::mapping_start: return on_collection_start(ev, true);
      case EventType::sequence_end:
      case EventType::mapping_end: return on_collection_end(ev);
      case EventType::alias: return on_alias(ev);
    }
    return true;
  }
};

Builder::Builder(std::shared_ptr<const SourceText> src) : s_(std::make_unique<State>(std::move(src))) {}
Builder::~Builder() = default;

bool Builder::event(const Event& e) { return s_->event(e); }
bool Builder::fail(std::string message, uint32_t offset) { return s_->fail(std::move(message), offset); }
ParseResult& Builder::result() { return s_->result; }
bool Builder::last_end_implicit() const { return s_->last_end_implicit; }

ParseResult Builder::finish() {
  if (!s_->result.error && s_->result.documents.empty()) {
    // A stream with no document at all (empty, comments only) is one empty document, like an empty JSON file.
    s_->begin_document();
    s_->end_document(true);
  }
  return std::move(s_->result);
}

}  // namespace tollgate::yaml

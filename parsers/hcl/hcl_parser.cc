// HCL (.tf, .tfvars, .tofu): a hand-written, single-pass parser of HCL's native syntax, shaped like Terraform's
// JSON syntax so one rule serves `.tf` and `.tf.json` (docs/document-model.md, "HCL").
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
// - Nesting depth counts blocks, block labels (each makes a map level) and expression levels (each operand,
//   element, argument and parenthesis); deeper than kMaxDepth is a ParseError at the node that went too deep.
//
// The syntax is HCL's native syntax: newlines end attributes and object elements, except inside (), [], ${},
// %{} and for expressions. Beyond it, a newline right after a binary operator, `?` or `:` is tolerated, as is
// a UTF-8 byte order mark; an unknown escape in a quoted string is kept as written. The first syntax error ends
// the parse: "unexpected '<at most 20 bytes of the line>'", "unexpected newline", "unexpected end of input",
// or "missing '<closer>'" at the end of the input. Every recursion is bounded by kMaxDepth.
#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {



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

// $${ and %%{ at i: the template escapes for a literal ${ and %{.
bool is_template_escape(std::string_view s, size_t i) {
  char c = s[i];
  return (c == '$' || c == '%') && i + 2 < s.size() && s[i + 1] == c && s[i + 2] == '{';
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
    if (is_template_escape(s, i)) {
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
    if (is_template_escape(s, i)) {
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

// Character classes, one table lookup each.
enum : uint8_t { kIdStart = 1, kIdCont = 2, kDigit = 4, kQuotedStop = 8, kHeredocStop = 16 };

struct CharTable {
  uint8_t t[256];
  constexpr CharTable() : t{} {
    for (int c = 0; c < 256; ++c) {
      uint8_t v = 0;
      // Identifiers: HCL allows Unicode letters; every non-ASCII byte is taken as one (invalid UTF-8 included).
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80) v |= kIdStart | kIdCont;
      if (c >= '0' && c <= '9') v |= kDigit | kIdCont;
      if (c == '-') v |= kIdCont;
      if (c == '"' || c == '\\' || c == '$' || c == '%' || c == '\n' || c == 0) v |= kQuotedStop;
      if (c == '$' || c == '%' || c == '\n' || c == 0) v |= kHeredocStop;
      t[c] = v;
    }
  }
};
constexpr CharTable kChars;
inline uint8_t cls(char c) { return kChars.t[static_cast<unsigned char>(c)]; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Thrown to unwind on the first error; the error itself is in Parser::error. Never leaves parse_hcl.
struct Failure {};

struct KeyRef {
  const Node* parent;
  std::string_view key;  // into the source or Parser::key_store_, both stable while parsing
  bool operator==(const KeyRef& o) const { return parent == o.parent && key == o.key; }
};
struct KeyRefHash {
  size_t operator()(const KeyRef& k) const {
    return std::hash<std::string_view>()(k.key) ^ (std::hash<const void*>()(k.parent) * 31);
  }
};

// What a map entry created by block placement holds, so a later block on the same path can find it.
enum class Role : uint8_t { intermediate, body, bodies };
struct Placed {
  uint32_t index;  // into the map's entries
  Role role;
};

struct LocalPlaced {
  const Node* parent;
  Placed placed;
};

struct RefPos {
  uint32_t begin, end;
};

struct Label {
  uint32_t begin, end;
  bool quoted;
};

class Parser {
 public:
  Parser(const SourceText& src, Document& doc)
      : src_(src), s_(src.bytes().data()), n_(static_cast<uint32_t>(src.bytes().size())), doc_(doc) {}

  std::optional<ParseError> error;

  void parse_file() {
    if (n_ >= 3 && std::memcmp(s_, "\xEF\xBB\xBF", 3) == 0) p_ = 3;
    skip_all();
    if (p_ < n_ && cur() == '{') {
      // A file holding just `{ ... }` (seen in some .tfvars generators): its keys become the root's.
      Node* m = expr(0, true);
      skip_all();
      if (p_ < n_) unexpected(p_);
      if (m->is_map()) doc_.root->entries = std::move(m->entries);
      return;
    }
    body(doc_.root, 0, true);
  }

 private:
  const SourceText& src_;
  const char* s_;  // the source bytes; s_[n_] is the string's terminating NUL, so s_[p_] is always readable
  uint32_t n_;
  uint32_t p_ = 0;
  Document& doc_;
  bool nl_ = true;                                // newlines are significant here (bodies, objects)
  std::vector<RefPos> refs_;                      // traversals of the attribute being parsed, in order
  std::vector<std::string_view> scope_;           // for-expression variables in scope
  std::vector<std::pair<char, size_t>> dirs_;     // open template directives: 'i'f, 'e'lse, 'f'or; scope mark
  size_t dir_base_ = 0;                           // dirs_ below this belong to an enclosing template
  std::vector<Node*> pending_;                    // nodes that take the span of a block not yet closed
  std::vector<Label> labels_;
  // Block placements: (map, key) -> the entry placement made there. Inside a top-level block, placements go to
  // local_, a short list scanned linearly and dropped when the block ends (its maps take no more blocks after
  // that), so the hash table stays small; a block with many nested blocks moves them to the table.
  std::unordered_map<KeyRef, Placed, KeyRefHash> placed_;
  std::vector<LocalPlaced> local_;
  bool use_local_ = false;
  static constexpr size_t kMaxLocal = 32;
  std::deque<std::string> key_store_;             // placement keys that are not source text (decoded labels)
  std::unordered_set<std::string_view> seen_;     // reference de-duplication for large expressions

  // ---- characters ----

  char cur() const { return s_[p_]; }
  char at(uint32_t i) const { return i < n_ ? s_[i] : '\0'; }
  std::string_view view(uint32_t b, uint32_t e) const { return std::string_view(s_ + b, e - b); }

  [[noreturn]] void fail(std::string message, uint32_t offset) {
    error = ParseError{std::move(message), offset, src_.span(offset, offset)};
    throw Failure{};
  }
  [[noreturn]] void unexpected(uint32_t offset) {
    if (offset >= n_) fail("unexpected end of input", n_);
    if (s_[offset] == '\n' || s_[offset] == '\r') fail("unexpected newline", offset);
    fail("unexpected '" + error_excerpt(view(offset, n_)) + "'", offset);
  }
  [[noreturn]] void too_deep(uint32_t offset) {
    fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", offset);
  }
  void expect(char c) {
    if (p_ < n_ && cur() == c) {
      ++p_;
      return;
    }
    if (p_ >= n_) fail(std::string("missing '") + c + "'", n_);
    unexpected(p_);
  }

  // Skips blanks and comments, and newlines unless they are significant here.
  void skip_space() { skip(nl_); }
  void skip_all() { skip(false); }
  void skip(bool stop_at_newline) {
    for (;;) {
      char c = cur();
      if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
        ++p_;
      } else if (c == '\n') {
        if (stop_at_newline) return;
        ++p_;
      } else if (c == '#' || (c == '/' && s_[p_ + 1] == '/')) {
        // To the end of the line; the newline itself stays (it may end an attribute).
        const void* nl = std::memchr(s_ + p_, '\n', n_ - p_);
        p_ = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - s_) : n_;
      } else if (c == '/' && s_[p_ + 1] == '*') {
        size_t close = std::string_view(s_, n_).find("*/", p_ + 2);
        if (close == std::string_view::npos) fail("missing '*/'", n_);
        p_ = static_cast<uint32_t>(close + 2);
      } else {
        return;
      }
    }
  }

  // An identifier starting at p_ (the caller checked the first byte): letters, digits, `_`, `-`, and `::` as in
  // provider::aws::arn_parse.
  void ident() {
    ++p_;
    for (;;) {
      char c = cur();
      if (cls(c) & kIdCont) {
        ++p_;
      } else if (c == ':' && s_[p_ + 1] == ':' && (cls(at(p_ + 2)) & kIdStart)) {
        p_ += 3;
      } else {
        return;
      }
    }
  }
  bool keyword_at(uint32_t i, std::string_view kw) const {
    return n_ - i >= kw.size() && std::memcmp(s_ + i, kw.data(), kw.size()) == 0 && !(cls(at(i + kw.size())) & kIdCont);
  }
  // `=` or `:` between an object key and its value (not `==` or `=>`).
  bool at_assign() const {
    char c = cur();
    return (c == '=' && s_[p_ + 1] != '=' && s_[p_ + 1] != '>') || c == ':';
  }
  bool at_ellipsis() const { return cur() == '.' && s_[p_ + 1] == '.' && at(p_ + 2) == '.'; }

  // ---- bodies and blocks ----

  void body(Node* map, int depth, bool top) {
    for (;;) {
      skip_all();
      if (p_ >= n_) {
        if (!top) fail("missing '}'", n_);
        return;
      }
      char c = cur();
      if (c == '}') {
        if (top) unexpected(p_);
        ++p_;
        return;
      }
      if (!(cls(c) & kIdStart)) unexpected(p_);
      uint32_t nb = p_;
      ident();
      uint32_t ne = p_;
      skip_space();
      if (cur() == '=' && s_[p_ + 1] != '=') {
        ++p_;
        skip_space();
        Node* v = expr(depth, true);
        refs_.clear();
        map->entries.push_back(Entry{std::string(view(nb, ne)), src_.span(nb, ne), v});
      } else {
        block(map, nb, ne, depth + 1, top);
      }
      // An item ends its line (a one-line block's attribute may be followed by its closing brace).
      skip_space();
      if (p_ < n_ && cur() != '\n' && cur() != '}') unexpected(p_);
    }
  }

  // A placement key as stable text: source text is; anything else is copied into key_store_.
  std::string_view stable(std::string_view key) {
    if (key.data() >= s_ && key.data() + key.size() <= s_ + n_) return key;
    return key_store_.emplace_back(key);
  }

  Placed* find_placed(const Node* map, std::string_view key) {
    if (use_local_) {
      for (LocalPlaced& l : local_)
        if (l.parent == map && map->entries[l.placed.index].key == key) return &l.placed;
      return nullptr;
    }
    auto it = placed_.find(KeyRef{map, key});
    return it == placed_.end() ? nullptr : &it->second;
  }

  void add_placed(const Node* map, std::string_view key, Placed pl) {
    if (!use_local_) {
      placed_.emplace(KeyRef{map, stable(key)}, pl);
      return;
    }
    local_.push_back(LocalPlaced{map, pl});
    if (local_.size() > kMaxLocal) {
      for (const LocalPlaced& l : local_)
        placed_.emplace(KeyRef{l.parent, stable(l.parent->entries[l.placed.index].key)}, l.placed);
      local_.clear();
      use_local_ = false;
    }
  }

  Node* descend(Node* map, std::string_view key, const Span& key_span) {
    Placed* found = find_placed(map, key);
    if (found && found->role == Role::intermediate) return map->entries[found->index].value;
    Node& n = doc_.arena.emplace_back();
    n.type = NodeType::map;
    pending_.push_back(&n);
    Placed pl{static_cast<uint32_t>(map->entries.size()), Role::intermediate};
    map->entries.push_back(Entry{std::string(key), key_span, &n});
    if (found) *found = pl;
    else add_placed(map, key, pl);
    return &n;
  }

  // Puts a block body under map[key]. When a block already sits there, the key holds a seq of bodies and
  // *seq / *index name the new item, whose key span is the block's span once that is known.
  void place(Node* map, std::string_view key, const Span& key_span, Node* body, Node** seq, uint32_t* index) {
    Placed* found = find_placed(map, key);
    if (found && found->role != Role::intermediate) {
      Entry& e = map->entries[found->index];
      if (found->role == Role::body) {
        // A second block on the same path: the key now holds the bodies in order.
        Node& s = doc_.arena.emplace_back();
        s.type = NodeType::seq;
        s.span = e.value->span;
        s.entries.push_back(Entry{std::string(), e.value->span, e.value});
        e.value = &s;
        found->role = Role::bodies;
      }
      *seq = e.value;
      *index = static_cast<uint32_t>(e.value->entries.size());
      e.value->entries.push_back(Entry{std::string(), Span{}, body});
      return;
    }
    Placed pl{static_cast<uint32_t>(map->entries.size()), Role::body};
    map->entries.push_back(Entry{std::string(key), key_span, body});
    if (found) *found = pl;
    else add_placed(map, key, pl);
  }

  std::string_view label_key(const Label& l, std::string* tmp) const {
    if (!l.quoted) return view(l.begin, l.end);
    std::string_view inner = view(l.begin + 1, l.end - 1);
    if (inner.find_first_of("\\$%") == std::string_view::npos) return inner;
    *tmp = decode_quoted(inner);
    return *tmp;
  }

  void block(Node* parent, uint32_t nb, uint32_t ne, int depth, bool top) {
    if (depth > kMaxDepth) too_deep(nb);
    labels_.clear();
    int body_depth = depth;  // each label opens a map of its own, one level deeper
    for (;;) {
      char c = cur();
      if (c == '{') break;
      uint32_t lb = p_;
      if (cls(c) & kIdStart) {
        ident();
        labels_.push_back(Label{lb, p_, false});
      } else if (c == '"') {
        if (!quoted_template(depth)) unexpected(lb);  // a label is a literal string
        labels_.push_back(Label{lb, p_, true});
      } else if (p_ >= n_) {
        fail("missing '{'", n_);
      } else {
        unexpected(p_);
      }
      if (++body_depth > kMaxDepth) too_deep(lb);
      skip_space();
    }
    ++p_;
    size_t pend = pending_.size();
    std::string_view type = view(nb, ne);
    Node* target = nullptr;
    Node* seq = nullptr;
    uint32_t seq_index = 0;
    if (top && labels_.empty() && type == "locals") {
      // Every locals block adds to the one root.locals map.
      target = descend(parent, type, src_.span(nb, ne));
    } else {
      Node* at = parent;
      std::string_view key = type;
      Span key_span = src_.span(nb, ne);
      std::string tmp;
      for (const Label& l : labels_) {
        at = descend(at, key, key_span);
        key = label_key(l, &tmp);
        key_span = src_.span(l.begin, l.end);
      }
      Node& b = doc_.arena.emplace_back();
      b.type = NodeType::map;
      pending_.push_back(&b);
      place(at, key, key_span, &b, &seq, &seq_index);
      target = &b;
    }
    if (top) {
      use_local_ = true;
      local_.clear();
    }
    body(target, body_depth, false);
    if (top) use_local_ = false;
    Span block_span = src_.span(nb, p_);
    for (size_t i = pend; i < pending_.size(); ++i) pending_[i]->span = block_span;
    pending_.resize(pend);
    if (seq) seq->entries[seq_index].key_span = block_span;
  }

  // ---- expressions ----
  //
  // Each level parses from p_ and leaves p_ just past what it consumed (never past trailing blanks). With
  // `build`, expr returns the node for the expression: scalar, seq or map for literals, tuples and objects, an
  // expr node for anything else; without, it only checks the syntax and records references.

  Node* expr(int depth, bool build) {
    if (++depth > kMaxDepth) too_deep(p_);
    uint32_t b = p_;
    size_t mark = refs_.size();
    Node* v = binary(1, depth, build);
    uint32_t save = p_;
    skip_space();
    if (cur() == '?') {
      ++p_;
      skip_all();
      expr(depth, false);
      skip_all();
      expect(':');
      skip_all();
      expr(depth, false);
      v = nullptr;
    } else {
      p_ = save;
    }
    if (!build) return nullptr;
    return v ? v : make_expr(b, p_, mark);
  }

  Node* make_expr(uint32_t b, uint32_t e, size_t mark) {
    Node* x = doc_.make(NodeType::expr, b, e);
    x->text.assign(s_ + b, e - b);
    size_t count = refs_.size() - mark;
    if (count <= 16) {
      for (size_t i = mark; i < refs_.size(); ++i) {
        std::string_view r = view(refs_[i].begin, refs_[i].end);
        bool dup = false;
        for (const std::string& have : x->refs) dup = dup || have == r;
        if (!dup) x->refs.emplace_back(r);
      }
    } else {
      seen_.clear();
      for (size_t i = mark; i < refs_.size(); ++i) {
        std::string_view r = view(refs_[i].begin, refs_[i].end);
        if (seen_.insert(r).second) x->refs.emplace_back(r);
      }
    }
    return x;
  }

  // A binary operator at p_: its precedence (0 when there is none) and length.
  int binary_op(int* len) const {
    char c = cur(), d = c ? s_[p_ + 1] : '\0';
    *len = 1;
    switch (c) {
      case '|': return d == '|' ? (*len = 2, 1) : 0;
      case '&': return d == '&' ? (*len = 2, 2) : 0;
      case '=':
      case '!': return d == '=' ? (*len = 2, 3) : 0;
      case '<':
      case '>':
        if (d == '=') *len = 2;
        return 4;
      case '+':
      case '-': return 5;
      case '*':
      case '/':
      case '%': return 6;
      default: return 0;
    }
  }

  // Precedence climbing: operands of one level loop, a tighter level recurses (at most 6 deep).
  Node* binary(int min_prec, int depth, bool build) {
    Node* v = unary(depth, build);
    for (;;) {
      uint32_t save = p_;
      skip_space();
      int len = 0, prec = binary_op(&len);
      if (prec == 0 || prec < min_prec) {
        p_ = save;
        return v;
      }
      p_ += len;
      skip_all();
      binary(prec + 1, depth, false);
      v = nullptr;
    }
  }

  Node* unary(int depth, bool build) {
    char c = cur();
    if (c != '-' && c != '!') return postfix(depth, build);
    if (++depth > kMaxDepth) too_deep(p_);
    uint32_t b = p_;
    ++p_;
    skip_space();
    bool number = build && c == '-' && is_digit(cur());
    Node* v = unary(depth, number);
    if (v && (v->type == NodeType::integer || v->type == NodeType::floating)) {
      // -7 is a number literal, spanning its sign.
      v->text.insert(0, 1, '-');
      v->span = src_.span(b, p_);
      return v;
    }
    return nullptr;
  }

  bool in_scope(std::string_view name) const {
    for (std::string_view s : scope_)
      if (s == name) return true;
    return false;
  }

  Node* postfix(int depth, bool build) {
    uint32_t b = p_;
    if (cls(cur()) & kIdStart) {
      ident();
      std::string_view name = view(b, p_);
      if (name == "true" || name == "false" || name == "null") {
        Node* v = nullptr;
        if (build) {
          v = doc_.make(name[0] == 'n' ? NodeType::null : NodeType::boolean, b, p_);
          if (name[0] != 'n') v->text.assign(name);
        }
        return steps(depth) ? nullptr : v;
      }
      uint32_t save = p_;
      skip_space();
      if (cur() == '(') {
        call(depth);
        steps(depth);
        return nullptr;
      }
      p_ = save;
      // A traversal: the variable and the attribute, index and splat steps after it, as written. Its refs come
      // before those inside its index steps.
      if (in_scope(name)) {
        steps(depth);
        return nullptr;
      }
      size_t i = refs_.size();
      refs_.push_back(RefPos{b, p_});
      steps(depth);
      refs_[i].end = p_;
      return nullptr;
    }
    Node* v = primary(depth, build);
    return steps(depth) ? nullptr : v;
  }

  // Attribute, index and splat steps; whether there were any.
  bool steps(int depth) {
    bool any = false;
    for (;;) {
      uint32_t save = p_;
      skip_space();
      char c = cur();
      if (c == '.') {
        char d = s_[p_ + 1];
        if (d == '*') {
          p_ += 2;
        } else if (cls(d) & kIdStart) {
          ++p_;
          ident();
        } else if (is_digit(d)) {  // legacy index: list.0
          ++p_;
          while (is_digit(cur())) ++p_;
        } else if (d == '.') {  // `...`
          p_ = save;
          return any;
        } else {
          unexpected(p_ + 1);
        }
      } else if (c == '[') {
        ++p_;
        bool nl = nl_;
        nl_ = false;
        skip_space();
        if (cur() == '*') ++p_;
        else expr(depth, false);
        skip_space();
        expect(']');
        nl_ = nl;
      } else {
        p_ = save;
        return any;
      }
      any = true;
    }
  }

  void call(int depth) {
    ++p_;
    bool nl = nl_;
    nl_ = false;
    skip_space();
    while (p_ < n_ && cur() != ')') {
      expr(depth, false);
      skip_space();
      if (cur() == ',') {
        ++p_;
        skip_space();
        continue;
      }
      if (at_ellipsis()) {
        p_ += 3;
        skip_space();
      }
      break;
    }
    expect(')');
    nl_ = nl;
  }

  Node* primary(int depth, bool build) {
    switch (cur()) {
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return number(build);
      case '"': {
        uint32_t b = p_;
        if (!quoted_template(depth) || !build) return nullptr;
        Node* v = doc_.make(NodeType::string, b, p_);
        v->text = decode_quoted(view(b + 1, p_ - 1));
        return v;
      }
      case '[': return tuple(depth, build);
      case '{': return object(depth, build);
      case '(': {
        ++p_;
        bool nl = nl_;
        nl_ = false;
        skip_space();
        expr(depth, false);
        skip_space();
        expect(')');
        nl_ = nl;
        return nullptr;
      }
      case '<':
        if (s_[p_ + 1] == '<') return heredoc(depth, build);
        break;
      default: break;
    }
    unexpected(p_);
  }

  Node* number(bool build) {
    uint32_t b = p_;
    bool is_float = false;
    while (is_digit(cur())) ++p_;
    if (cur() == '.' && is_digit(s_[p_ + 1])) {
      is_float = true;
      ++p_;
      while (is_digit(cur())) ++p_;
    }
    if (cur() == 'e' || cur() == 'E') {
      uint32_t q = p_ + 1;
      if (at(q) == '+' || at(q) == '-') ++q;
      if (is_digit(at(q))) {
        is_float = true;
        p_ = q;
        while (is_digit(cur())) ++p_;
      }
    }
    if (!build) return nullptr;
    Node* v = doc_.make(is_float ? NodeType::floating : NodeType::integer, b, p_);
    v->text.assign(s_ + b, p_ - b);
    return v;
  }

  bool at_for() const {
    if (!keyword_at(p_, "for")) return false;
    uint32_t q = p_ + 3;
    while (q < n_ && (s_[q] == ' ' || s_[q] == '\t' || s_[q] == '\r' || s_[q] == '\n')) ++q;
    return cls(at(q)) & kIdStart;
  }

  // After `for`: `k, v in collection`. The collection is in the outer scope; the names are then put in scope
  // (the caller restores it).
  void for_header(int depth) {
    skip_space();
    std::string_view names[2];
    int count = 0;
    for (;;) {
      uint32_t b = p_;
      if (!(cls(cur()) & kIdStart)) unexpected(p_);
      ident();
      names[count++] = view(b, p_);
      skip_space();
      if (count == 1 && cur() == ',') {
        ++p_;
        skip_space();
        continue;
      }
      break;
    }
    if (!keyword_at(p_, "in")) unexpected(p_);
    p_ += 2;
    skip_space();
    expr(depth, false);
    for (int i = 0; i < count; ++i) scope_.push_back(names[i]);
  }

  // [for ...] or {for ...}, p_ at `for`.
  void for_expr(int depth, bool object) {
    p_ += 3;
    size_t mark = scope_.size();
    for_header(depth);
    skip_space();
    expect(':');
    skip_space();
    expr(depth, false);
    skip_space();
    if (object) {
      if (!(cur() == '=' && s_[p_ + 1] == '>')) {
        if (p_ >= n_) fail("missing '=>'", n_);
        unexpected(p_);
      }
      p_ += 2;
      skip_space();
      expr(depth, false);
      skip_space();
      if (at_ellipsis()) {
        p_ += 3;
        skip_space();
      }
    }
    if (keyword_at(p_, "if")) {
      p_ += 2;
      skip_space();
      expr(depth, false);
      skip_space();
    }
    scope_.resize(mark);
    expect(object ? '}' : ']');
  }

  Node* tuple(int depth, bool build) {
    uint32_t b = p_;
    ++p_;
    bool nl = nl_;
    nl_ = false;
    skip_space();
    if (at_for()) {
      for_expr(depth, false);
      nl_ = nl;
      return nullptr;
    }
    Node* seq = build ? &doc_.arena.emplace_back() : nullptr;
    while (p_ < n_ && cur() != ']') {
      Node* e = expr(depth, build);
      if (seq) seq->entries.push_back(Entry{std::string(), e->span, e});
      skip_space();
      if (cur() != ',') break;
      ++p_;
      skip_space();
    }
    expect(']');
    nl_ = nl;
    if (!seq) return nullptr;
    seq->type = NodeType::seq;
    seq->span = src_.span(b, p_);
    return seq;
  }

  Node* object(int depth, bool build) {
    uint32_t b = p_;
    ++p_;
    bool nl = nl_;
    nl_ = false;
    skip_space();
    if (at_for()) {
      for_expr(depth, true);
      nl_ = nl;
      return nullptr;
    }
    nl_ = true;  // elements end at a comma or a newline
    Node* map = build ? &doc_.arena.emplace_back() : nullptr;
    bool computed = false;
    std::string key;
    for (;;) {
      skip_all();
      if (p_ >= n_ || cur() == '}') break;
      uint32_t kb = p_, ke = p_;
      bool have_key = false;  // a literal key, or a template key (computed) already consumed
      char c = cur();
      if (cls(c) & kIdStart) {
        // A bare identifier is the key itself, not a reference.
        ident();
        ke = p_;
        skip_space();
        if (at_assign()) {
          have_key = true;
          if (map && !computed) key.assign(s_ + kb, ke - kb);
        } else {
          p_ = kb;
        }
      } else if (c == '"') {
        size_t rmark = refs_.size();
        if (depth + 1 > kMaxDepth) too_deep(p_);
        bool literal = quoted_template(depth + 1);
        ke = p_;
        skip_space();
        if (at_assign()) {
          have_key = true;
          if (!literal) computed = true;
          else if (map && !computed) key = decode_quoted(view(kb + 1, ke - 1));
        } else {
          p_ = kb;
          refs_.resize(rmark);
        }
      }
      if (!have_key) {
        Node* k = expr(depth, map && !computed);
        ke = p_;
        if (k && s_[kb] != '-' && (k->type == NodeType::integer || k->type == NodeType::floating ||
                                   k->type == NodeType::boolean || k->type == NodeType::string)) {
          key = k->text;  // Terraform converts these keys to their string form
        } else if (k && k->type == NodeType::null) {
          key = "null";
        } else {
          computed = true;
        }
        skip_space();
        if (!at_assign()) {
          if (p_ >= n_) fail("missing '='", n_);
          unexpected(p_);
        }
      }
      ++p_;
      skip_space();
      Node* v = expr(depth, map && !computed);
      if (map && !computed) map->entries.push_back(Entry{std::move(key), src_.span(kb, ke), v});
      skip_space();
      if (cur() == ',') {
        ++p_;
        continue;
      }
      if (p_ >= n_ || cur() == '\n' || cur() == '}') continue;
      unexpected(p_);
    }
    expect('}');
    nl_ = nl;
    if (!map || computed) return nullptr;
    map->type = NodeType::map;
    map->span = src_.span(b, p_);
    return map;
  }

  // ---- templates ----

  // A quoted template from p_ (at its opening quote) to just past its closing quote; whether it is a literal
  // (no ${} or %{}).
  bool quoted_template(int depth) {
    ++p_;
    size_t base = dir_base_;
    dir_base_ = dirs_.size();
    bool literal = true;
    for (;;) {
      while (!(cls(cur()) & kQuotedStop)) ++p_;
      char c = cur();
      if (c == '"') {
        ++p_;
        break;
      }
      if (c == '\\') {
        if (p_ + 1 >= n_ || s_[p_ + 1] == '\n') fail("missing '\"'", p_ + 1 >= n_ ? n_ : p_ + 1);
        p_ += 2;
        continue;
      }
      if (c == '\n') fail("missing '\"'", p_);
      if (c == '\0') {
        if (p_ >= n_) fail("missing '\"'", n_);
        ++p_;
        continue;
      }
      if (template_marker()) {
        literal = false;
        template_part(depth);
      }
    }
    close_template(p_ - 1);
    dir_base_ = base;
    return literal;
  }

  // At a `$` or `%` inside a template: an escape ($${, %%{), an interpolation or directive (parsed; true), or a
  // plain character.
  bool template_marker() {
    char c = cur(), d = s_[p_ + 1];
    if (d == c && at(p_ + 2) == '{') {
      p_ += 3;
      return false;
    }
    if (d != '{') {
      ++p_;
      return false;
    }
    return true;
  }

  void close_template(uint32_t at) {
    if (dirs_.size() > dir_base_)
      fail(dirs_.back().first == 'f' ? "missing '%{ endfor }'" : "missing '%{ endif }'", at);
  }

  // ${ expr } or %{ directive }, with optional ~ strip markers; p_ at the `$` or `%`.
  void template_part(int depth) {
    uint32_t b = p_;
    bool interpolation = cur() == '$';
    p_ += 2;
    bool nl = nl_;
    nl_ = false;
    skip_space();
    if (cur() == '~') {
      ++p_;
      skip_space();
    }
    if (interpolation) expr(depth, false);
    else directive(b, depth);
    skip_space();
    if (cur() == '~') {
      ++p_;
      skip_space();
    }
    expect('}');
    nl_ = nl;
  }

  void directive(uint32_t b, int depth) {
    uint32_t kb = p_;
    if (!(cls(cur()) & kIdStart)) unexpected(p_);
    ident();
    std::string_view kw = view(kb, p_);
    bool open = dirs_.size() > dir_base_;
    if (kw == "if") {
      skip_space();
      expr(depth, false);
      dirs_.emplace_back('i', scope_.size());
    } else if (kw == "else") {
      if (!open || dirs_.back().first != 'i') unexpected(b);
      dirs_.back().first = 'e';
    } else if (kw == "endif") {
      if (!open || dirs_.back().first == 'f') unexpected(b);
      dirs_.pop_back();
    } else if (kw == "for") {
      size_t mark = scope_.size();
      for_header(depth);
      dirs_.emplace_back('f', mark);
    } else if (kw == "endfor") {
      if (!open || dirs_.back().first != 'f') unexpected(b);
      scope_.resize(dirs_.back().second);
      dirs_.pop_back();
    } else {
      unexpected(kb);
    }
  }

  // <<ID or <<-ID, its lines, and a closing line holding just ID (indented or not). A heredoc without ${} or
  // %{} is a string: the lines between the markers, final newline included, `<<-` removing the common indent.
  Node* heredoc(int depth, bool build) {
    uint32_t b = p_;
    p_ += 2;
    bool flush = cur() == '-';
    if (flush) ++p_;
    uint32_t ib = p_;
    if (!(cls(cur()) & kIdStart)) unexpected(b);
    ++p_;
    while (cls(cur()) & kIdCont) ++p_;
    std::string_view id = view(ib, p_);
    while (cur() == ' ' || cur() == '\t' || cur() == '\r') ++p_;
    if (cur() != '\n') unexpected(p_);
    ++p_;
    size_t base = dir_base_;
    dir_base_ = dirs_.size();
    uint32_t content_begin = p_, content_end;
    bool literal = true;
    for (;;) {
      // At the start of a line: the closing marker?
      uint32_t q = p_;
      while (s_[q] == ' ' || s_[q] == '\t') ++q;
      if (n_ - q >= id.size() && std::memcmp(s_ + q, id.data(), id.size()) == 0) {
        uint32_t r = q + static_cast<uint32_t>(id.size());
        while (s_[r] == ' ' || s_[r] == '\t' || s_[r] == '\r') ++r;
        if (r >= n_ || s_[r] == '\n') {
          content_end = p_;
          close_template(q);
          p_ = q + static_cast<uint32_t>(id.size());
          break;
        }
      }
      // The rest of the line (an interpolation may run over several).
      for (;;) {
        while (!(cls(cur()) & kHeredocStop)) ++p_;
        char c = cur();
        if (c == '\n') {
          ++p_;
          break;
        }
        if (c == '\0') {
          if (p_ >= n_) fail("missing '" + std::string(id) + "'", n_);
          ++p_;
          continue;
        }
        if (template_marker()) {
          literal = false;
          template_part(depth);
        }
      }
    }
    dir_base_ = base;
    if (!literal || !build) return nullptr;
    Node* v = doc_.make(NodeType::string, b, p_);
    v->quoted = true;
    std::string_view raw = view(content_begin, content_end);
    v->text = flush ? unescape_template_markers(strip_indent(raw)) : unescape_template_markers(raw);
    return v;
  }
};

}  // namespace

ParseResult parse_hcl(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::hcl;
  doc->index = 0;
  doc->root = doc->make(NodeType::map, 0, static_cast<uint32_t>(src->bytes().size()));
  Parser parser(*src, *doc);
  try {
    parser.parse_file();
  } catch (const Failure&) {
    result.error = std::move(parser.error);
    return result;
  }
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate

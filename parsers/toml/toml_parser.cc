// TOML 1.0 (https://toml.io/en/v1.0.0) into the document model, written from the specification. One Document,
// whose root is a map:
// - `[server.tls]` is root.server.tls; a dotted key `a.b.c = 1` nests alike; `[[bin]]` is a seq of maps (root.bin,
//   one map per header); an inline table is a map, an array a seq.
// - Strings ("...", '...', """...""", '''...''') are string nodes with `quoted` set, their text decoded (escapes,
//   the first newline of a multi-line string trimmed, a line-ending backslash), their span the content inside the
//   quotes. Integers (decimal, 0x, 0o, 0b, underscores) are int nodes in decimal ("0x1F" is "31"); floats keep
//   their literal less underscores ("inf", "-inf", "nan" as written); booleans "true"/"false"; offset and local
//   date-times, dates and times are string nodes (not `quoted`) with their text as written. A line break in a
//   multi-line string reads as LF whether the file has LF or CRLF.
// - A key's span is the key as written (quotes included). A table's span runs from its header's '[' (or, for a
//   table made by a dotted key, from the key part after its name) to the end of the last value it holds; an item
//   of an array of tables is located like a table, and its entry's key span is the item's span.
//
// Everything the specification calls invalid is a located ParseError, and then no document is returned (as the
// JSON and HCL parsers do): bad syntax, a key or table defined twice, a dotted key or header that would add to an
// inline table, a static array or a value, invalid UTF-8 or a control character in a string or comment, a bare
// carriage return, an integer out of 64-bit range, an impossible date. Nesting (tables, arrays, inline tables
// together) deeper than kMaxDepth is an error too. A leading UTF-8 byte order mark is skipped. One pass, no
// backtracking: time is linear in the file, and the recursion (arrays and inline tables) is bounded by kMaxDepth.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

struct Failure {};

// What a table or array is, for the rules on redefinition.
enum : uint8_t {
  kHeader = 1,         // a map a [header] defined, or a seq [[headers]] made
  kFrozen = 2,         // an inline table or a static array: complete once written
  kArrayOfTables = 4,  // a seq made by [[headers]]
};

// A map or seq of the tree, with what the rules on redefinition need to know of it. Kept beside the tree (the
// Node has no room for it) and reached from the parent's record, so finding a table costs no hash lookup.
struct Table {
  Node* node = nullptr;
  uint8_t flags = 0;
  uint16_t depth = 0;   // the root is 1
  uint32_t dotted = 0;  // the table section (or inline table) whose dotted keys defined or went through it; 0: none
  std::vector<Table*> kids;  // maps and arrays of tables: per entry, the value's record (nullptr for a scalar)
  // Maps with many keys: key -> entry index (a small map is searched in order, which is faster).
  std::unique_ptr<std::unordered_map<std::string, uint32_t>> index;
};
constexpr size_t kIndexFrom = 12;

struct KeyPart {
  std::string text;  // decoded
  uint32_t begin, end;  // as written, quotes included
};

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_hex(unsigned char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_bare_key(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
}
// The characters a number, a boolean, inf, nan or a date-time is made of.
bool is_token(unsigned char c) { return is_bare_key(c) || c == '+' || c == '.' || c == ':'; }
int hex_value(unsigned char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Length of the well-formed UTF-8 sequence at s[i] (a Unicode scalar value: no overlong form, no surrogate, not
// above U+10FFFF), or 0.
size_t utf8_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto cont = [&](size_t k, unsigned lo, unsigned hi) { return at(k) >= lo && at(k) <= hi; };
  unsigned c = at(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

std::string hex4(unsigned c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("U+00") + kHex[(c >> 4) & 15] + kHex[c & 15];
}

// Dates and times (RFC 3339 as TOML takes it) ---------------------------------------------------------------------

bool digits(std::string_view t, size_t p, size_t n, int* out) {
  if (p + n > t.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!is_digit(static_cast<unsigned char>(t[p + k]))) return false;
    v = v * 10 + (t[p + k] - '0');
  }
  *out = v;
  return true;
}

bool read_date(std::string_view t, size_t* p) {
  int y, m, d;
  if (!digits(t, *p, 4, &y) || t.size() < *p + 10 || t[*p + 4] != '-' || !digits(t, *p + 5, 2, &m) ||
      t[*p + 7] != '-' || !digits(t, *p + 8, 2, &d))
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) return false;
  *p += 10;
  return true;
}

bool read_time(std::string_view t, size_t* p) {
  int h, m, s;
  if (!digits(t, *p, 2, &h) || t.size() < *p + 8 || t[*p + 2] != ':' || !digits(t, *p + 3, 2, &m) ||
      t[*p + 5] != ':' || !digits(t, *p + 6, 2, &s))
    return false;
  if (h > 23 || m > 59 || s > 60) return false;  // 60: a leap second
  *p += 8;
  if (*p < t.size() && t[*p] == '.') {
    size_t b = ++*p;
    while (*p < t.size() && is_digit(static_cast<unsigned char>(t[*p]))) ++*p;
    if (*p == b) return false;
  }
  return true;
}

bool read_offset(std::string_view t, size_t* p) {
  if (*p < t.size() && (t[*p] == 'Z' || t[*p] == 'z')) return ++*p, true;
  int h, m;
  if (*p >= t.size() || (t[*p] != '+' && t[*p] != '-') || !digits(t, *p + 1, 2, &h) || t.size() < *p + 6 ||
      t[*p + 3] != ':' || !digits(t, *p + 4, 2, &m))
    return false;
  if (h > 23 || m > 59) return false;
  *p += 6;
  return true;
}

// An offset date-time, local date-time or local date (starting with a date), or a local time.
bool valid_datetime(std::string_view t) {
  size_t p = 0;
  if (t.size() >= 3 && t[2] == ':') return read_time(t, &p) && p == t.size();
  if (!read_date(t, &p)) return false;
  if (p == t.size()) return true;
  if (t[p] != 'T' && t[p] != 't' && t[p] != ' ') return false;
  ++p;
  if (!read_time(t, &p)) return false;
  if (p == t.size()) return true;
  return read_offset(t, &p) && p == t.size();
}

// Numbers ------------------------------------------------------------------------------------------------------

// Digits of `base` with single underscores between them, from t[*p] on as far as they go; false when they are
// not well formed (none, or an underscore not between two digits). The value goes into *value when asked, and
// *overflow says it passed `limit`.
bool read_digits(std::string_view t, size_t* p, int base, uint64_t limit, uint64_t* value, bool* overflow) {
  auto is_base = [base](unsigned char c) {
    return base == 16 ? is_hex(c) : base == 10 ? is_digit(c) : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
  };
  size_t b = *p;
  uint64_t v = 0;
  while (*p < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[*p]);
    if (c == '_') {
      if (*p == b || *p + 1 >= t.size() || !is_base(static_cast<unsigned char>(t[*p + 1]))) return false;
      ++*p;
      continue;
    }
    if (!is_base(c)) break;
    unsigned d = static_cast<unsigned>(hex_value(c));
    if (v > (limit - d) / static_cast<uint64_t>(base)) *overflow = true;
    else v = v * static_cast<uint64_t>(base) + d;
    ++*p;
  }
  if (*p == b) return false;
  if (value) *value = v;
  return true;
}

std::string without_underscores(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (char c : t)
    if (c != '_') out.push_back(c);
  return out;
}

class Parser {
 public:
  Parser(const SourceText& src, Document& doc)
      : src_(src), doc_(doc), s_(src.bytes()), n_(static_cast<uint32_t>(s_.size())) {}

  ParseError error;

  void run() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    root_ = &tables_.emplace_back();
    root_->node = doc_.root;
    root_->depth = 1;
    section_ = ++sections_;
    chain_.push_back(root_);
    Table* table = root_;
    while (i_ < n_) {
      skip_blanks();
      if (i_ >= n_) break;
      unsigned char c = at(i_);
      if (c == '\n' || c == '\r') {
        newline();
        continue;
      }
      if (c == '#') {
        comment();
        continue;
      }
      if (c == '[') {
        close_section();
        table = header();
        end_of_line("the table header");
      } else {
        section_end_ = keyval(table, section_);
        end_of_line("the value");
      }
    }
    close_section();
  }

 private:
  const SourceText& src_;
  Document& doc_;
  std::string_view s_;
  uint32_t n_;
  uint32_t i_ = 0;

  std::deque<Table> tables_;  // every map and seq (a deque: records stay where they are)
  Table* root_ = nullptr;
  std::string probe_;  // a lookup key, reused

  uint32_t sections_ = 0;     // table sections and inline tables so far
  uint32_t section_ = 0;      // the current table section
  std::vector<Table*> chain_;  // from the root to the current section's table (arrays of tables and items included)
  uint32_t section_end_ = 0;  // where the current section's last header or value ends

  std::vector<KeyPart> parts_;   // the parts of the keys being read (a stack: inline tables nest)
  std::vector<Table*> dotted_;   // the tables a dotted key goes through, until its value is read (a stack too)

  unsigned char at(uint32_t k) const { return static_cast<unsigned char>(s_[k]); }

  // A parse error sits at one offset (its span is empty), as every parser's does.
  [[noreturn]] void fail(std::string message, uint32_t offset) {
    error = ParseError{std::move(message), offset, src_.span(offset, offset)};
    throw Failure{};
  }
  std::string found(uint32_t k) const {
    if (k >= n_) return "the end of the file";
    if (s_[k] == '\n' || s_[k] == '\r') return "the end of the line";
    return "'" + error_excerpt(s_.substr(k)) + "'";
  }
  std::string quote(uint32_t b, uint32_t e) const { return message_excerpt(s_.substr(b, e - b), 60); }

  // Whitespace, newlines, comments -------------------------------------------------------------------------------

  void skip_blanks() {
    while (i_ < n_ && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  void newline() {
    if (s_[i_] == '\r') {
      if (i_ + 1 >= n_ || s_[i_ + 1] != '\n') fail("carriage return not followed by a line feed", i_);
      ++i_;
    }
    ++i_;
  }
  // From '#' to the end of the line (not past it).
  void comment() {
    ++i_;
    while (i_ < n_) {
      unsigned char c = at(i_);
      if (c >= 0x20 && c < 0x7F) {
        ++i_;
      } else if (c == '\t') {
        ++i_;
      } else if (c == '\n' || c == '\r') {
        return;
      } else if (c >= 0x80) {
        size_t len = utf8_length(s_, i_);
        if (!len) fail("invalid UTF-8 in a comment", i_);
        i_ += static_cast<uint32_t>(len);
      } else {
        fail("control character " + hex4(c) + " in a comment", i_);
      }
    }
  }
  // Blanks, then an optional comment, then a newline or the end of the file.
  void end_of_line(const char* after) {
    skip_blanks();
    if (i_ < n_ && s_[i_] == '#') comment();
    if (i_ >= n_) return;
    if (s_[i_] == '\n' || s_[i_] == '\r') return newline();
    fail(std::string("expected the end of the line after ") + after + ", found " + found(i_), i_);
  }
  // Inside arrays: blanks, newlines and comments.
  void skip_array_space() {
    while (i_ < n_) {
      char c = s_[i_];
      if (c == ' ' || c == '\t') ++i_;
      else if (c == '\n' || c == '\r') newline();
      else if (c == '#') comment();
      else return;
    }
  }

  // Tables -------------------------------------------------------------------------------------------------------

  // The index of key in map t, or -1.
  int64_t find(const Table* t, std::string_view key) {
    if (t->index) {
      probe_.assign(key);
      auto it = t->index->find(probe_);
      return it == t->index->end() ? int64_t{-1} : int64_t{it->second};
    }
    const std::vector<Entry>& entries = t->node->entries;
    for (size_t k = 0; k < entries.size(); ++k)
      if (entries[k].key == key) return static_cast<int64_t>(k);
    return -1;
  }
  // Adds key = value to map t; `kid` is the value's record when it is a map or seq.
  void add(Table* t, const KeyPart& key, Node* value, Table* kid) {
    std::vector<Entry>& entries = t->node->entries;
    entries.push_back(Entry{key.text, src_.span(key.begin, key.end), value});
    t->kids.push_back(kid);
    if (t->index) {
      t->index->emplace(key.text, static_cast<uint32_t>(entries.size() - 1));
    } else if (entries.size() >= kIndexFrom) {
      t->index = std::make_unique<std::unordered_map<std::string, uint32_t>>();
      for (size_t k = 0; k < entries.size(); ++k) t->index->emplace(entries[k].key, static_cast<uint32_t>(k));
    }
  }
  Table* make_container(NodeType type, uint32_t begin, uint32_t end, uint16_t parent_depth, uint8_t flags,
                        uint32_t where) {
    if (parent_depth >= kMaxDepth) fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", where);
    Node* n = doc_.make(type, begin, end);
    Table& t = tables_.emplace_back();
    t.node = n;
    t.depth = static_cast<uint16_t>(parent_depth + 1);
    t.flags = flags;
    return &t;
  }
  void extend(Node* n, uint32_t end) {
    if (end > n->span.end) n->span = src_.span(n->span.begin, end);
  }
  // The current section's tables (and arrays of tables) end where its last value does.
  void close_section() {
    for (size_t k = chain_.size(); k-- > 0;) {
      Node* n = chain_[k]->node;
      extend(n, section_end_);
      if (n->is_seq() && !n->entries.empty()) n->entries.back().key_span = n->entries.back().value->span;
    }
    chain_.clear();
  }

  // Reads a key (dotted or not) onto parts_.
  void read_key() {
    size_t first = parts_.size();
    for (;;) {
      uint32_t b = i_;
      unsigned char c = i_ < n_ ? at(i_) : 0;
      if (i_ < n_ && is_bare_key(c)) {
        while (i_ < n_ && is_bare_key(at(i_))) ++i_;
        parts_.push_back(KeyPart{std::string(s_.substr(b, i_ - b)), b, i_});
      } else if (c == '"' || c == '\'') {
        if (s_.substr(i_, 3) == (c == '"' ? "\"\"\"" : "'''")) fail("a multi-line string cannot be a key", i_);
        KeyPart part{std::string(), b, 0};
        uint32_t cb, ce;
        if (c == '"') read_basic(false, &part.text, &cb, &ce);
        else read_literal(false, &part.text, &cb, &ce);
        part.end = i_;
        parts_.push_back(std::move(part));
      } else {
        fail(std::string(parts_.size() == first ? "expected a key" : "expected a key after '.'") + ", found " + found(i_),
             i_);
      }
      skip_blanks();
      if (i_ < n_ && s_[i_] == '.') {
        ++i_;
        skip_blanks();
        continue;
      }
      return;
    }
  }

  // `key = value` into `table`; dotted keys make or go through tables owned by `owner` (a section or an inline
  // table). Returns where the value ends.
  uint32_t keyval(Table* table, uint32_t owner) {
    size_t base = parts_.size();
    size_t dotted_base = dotted_.size();
    uint32_t key_begin = i_;
    read_key();
    size_t last = parts_.size() - 1;
    Table* t = table;
    for (size_t k = base; k < last; ++k) {
      const KeyPart& p = parts_[k];
      int64_t idx = find(t, p.text);
      Table* child;
      if (idx < 0) {
        child = make_container(NodeType::map, parts_[k + 1].begin, parts_[k + 1].end, t->depth, 0, p.begin);
        child->dotted = owner;
        add(t, p, child->node, child);
      } else {
        child = t->kids[static_cast<size_t>(idx)];
        auto refuse = [&](const char* what) {
          fail("dotted key '" + quote(key_begin, p.end) + "' would add to " + what + " (defined at line " +
                   std::to_string(t->node->entries[static_cast<size_t>(idx)].key_span.line) + ")",
               p.begin);
        };
        if (!child) refuse("a value, not a table");
        if (child->node->is_seq()) refuse("an array");
        if (child->flags & kFrozen) refuse("an inline table");
        if (child->flags & kHeader) refuse("a table defined by a header");
        if (child->dotted != 0 && child->dotted != owner) refuse("a table already defined");
        child->dotted = owner;
      }
      dotted_.push_back(child);
      t = child;
    }
    KeyPart key = std::move(parts_[last]);
    parts_.resize(base);
    int64_t idx = find(t, key.text);
    if (idx >= 0)
      fail("duplicate key '" + quote(key_begin, key.end) + "' (first defined at line " +
               std::to_string(t->node->entries[static_cast<size_t>(idx)].key_span.line) + ")",
           key.begin);
    skip_blanks();
    if (i_ >= n_ || s_[i_] != '=') fail("expected '=' after the key, found " + found(i_), i_);
    ++i_;
    skip_blanks();
    Table* kid = nullptr;
    Node* v = value(t->depth, &kid);
    add(t, key, v, kid);
    // i_, not v->span.end: a string's span is its content, and the value ends after its closing quotes.
    for (size_t k = dotted_base; k < dotted_.size(); ++k) extend(dotted_[k]->node, i_);
    dotted_.resize(dotted_base);
    return i_;
  }

  // `[a.b]` or `[[a.b]]`: makes or finds the table, sets chain_, returns the table.
  Table* header() {
    uint32_t open = i_;
    bool aot = i_ + 1 < n_ && s_[i_ + 1] == '[';
    i_ += aot ? 2 : 1;
    skip_blanks();
    size_t base = parts_.size();
    read_key();
    if (aot) {
      if (s_.substr(i_, 2) != "]]") fail("expected ']]' to close the array of tables header, found " + found(i_), i_);
      i_ += 2;
    } else {
      if (i_ >= n_ || s_[i_] != ']') fail("expected ']' to close the table header, found " + found(i_), i_);
      ++i_;
    }
    uint32_t close = i_;
    section_ = ++sections_;
    section_end_ = close;
    chain_.push_back(root_);
    Table* t = root_;
    size_t last = parts_.size() - 1;
    uint32_t name_begin = parts_[base].begin;
    for (size_t k = base; k < last; ++k) {
      const KeyPart& p = parts_[k];
      int64_t idx = find(t, p.text);
      if (idx < 0) {
        Table* child = make_container(NodeType::map, open, close, t->depth, 0, p.begin);
        add(t, p, child->node, child);
        chain_.push_back(child);
        t = child;
        continue;
      }
      Table* child = t->kids[static_cast<size_t>(idx)];
      auto refuse = [&](const char* what) {
        fail("'" + quote(name_begin, p.end) + "' is " + what + "; a header cannot add to it (defined at line " +
                 std::to_string(t->node->entries[static_cast<size_t>(idx)].key_span.line) + ")",
             p.begin);
      };
      if (!child) refuse("a value, not a table");
      if (child->node->is_map()) {
        if (child->flags & kFrozen) refuse("an inline table");
        chain_.push_back(child);
        t = child;
      } else {
        if (!(child->flags & kArrayOfTables)) refuse("a static array");
        chain_.push_back(child);
        t = child->kids.back();  // the last table of the array
        chain_.push_back(t);
      }
    }
    const KeyPart& p = parts_[last];
    int64_t idx = find(t, p.text);
    Table* existing = idx < 0 ? nullptr : t->kids[static_cast<size_t>(idx)];
    auto refuse = [&](const std::string& what) {
      std::string name = quote(name_begin, p.end);
      fail((aot ? "[[" + name + "]] " : "[" + name + "] ") + what + " (first defined at line " +
               std::to_string(t->node->entries[static_cast<size_t>(idx)].key_span.line) + ")",
           p.begin);
    };
    if (!aot) {
      if (idx < 0) {
        existing = make_container(NodeType::map, open, close, t->depth, kHeader, p.begin);
        add(t, p, existing->node, existing);
      } else if (!existing) {
        refuse("is already a value");
      } else if (existing->node->is_seq()) {
        refuse("is already an array");
      } else {
        if (existing->flags & kFrozen) refuse("is already defined as an inline table");
        if ((existing->flags & kHeader) || existing->dotted != 0) refuse("defines a table a second time");
        existing->flags |= kHeader;
        // The key is where the table is defined, no longer where a subtable's header first named it.
        t->node->entries[static_cast<size_t>(idx)].key_span = src_.span(p.begin, p.end);
      }
      chain_.push_back(existing);
      parts_.resize(base);
      return existing;
    }
    if (idx < 0) {
      existing = make_container(NodeType::seq, open, close, t->depth, kHeader | kArrayOfTables, p.begin);
      add(t, p, existing->node, existing);
    } else if (!existing) {
      refuse("would redefine a value");
    } else if (existing->node->is_map()) {
      refuse("would redefine a table as an array of tables");
    } else if (!(existing->flags & kArrayOfTables)) {
      refuse("would append to a static array");
    }
    Table* item = make_container(NodeType::map, open, close, existing->depth, kHeader, p.begin);
    existing->node->entries.push_back(Entry{std::string(), item->node->span, item->node});
    existing->kids.push_back(item);
    chain_.push_back(existing);
    chain_.push_back(item);
    parts_.resize(base);
    return item;
  }

  // Values -------------------------------------------------------------------------------------------------------

  // A value; *kid is set to its record when it is an array or an inline table.
  Node* value(uint16_t parent_depth, Table** kid) {
    if (i_ >= n_ || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '#') fail("expected a value, found " + found(i_), i_);
    unsigned char c = at(i_);
    uint32_t b = i_;
    switch (c) {
      case '"':
      case '\'': {
        bool ml = s_.substr(i_, 3) == (c == '"' ? "\"\"\"" : "'''");
        std::string text;
        uint32_t cb, ce;
        if (c == '"') read_basic(ml, &text, &cb, &ce);
        else read_literal(ml, &text, &cb, &ce);
        Node* v = doc_.make(NodeType::string, cb, ce);
        v->text = std::move(text);
        v->quoted = true;
        return v;
      }
      case '[': return (*kid = array(parent_depth))->node;
      case '{': return (*kid = inline_table(parent_depth))->node;
      default: break;
    }
    if (!is_token(c)) fail("expected a value, found " + found(i_), i_);
    while (i_ < n_ && is_token(at(i_))) ++i_;
    // A date and a time separated by a blank are one value.
    if (i_ - b == 10 && is_digit(at(b)) && s_[b + 4] == '-' && i_ + 3 < n_ && s_[i_] == ' ' && is_digit(at(i_ + 1)) &&
        is_digit(at(i_ + 2)) && s_[i_ + 3] == ':') {
      ++i_;
      while (i_ < n_ && is_token(at(i_))) ++i_;
    }
    return scalar(b, i_);
  }

  Node* scalar(uint32_t b, uint32_t e) {
    std::string_view t = s_.substr(b, e - b);
    if (t == "true" || t == "false") {
      Node* v = doc_.make(NodeType::boolean, b, e);
      v->text = std::string(t);
      return v;
    }
    std::string_view body = t.substr(t[0] == '+' || t[0] == '-' ? 1 : 0);
    if (body == "inf" || body == "nan") {
      Node* v = doc_.make(NodeType::floating, b, e);
      v->text = std::string(t);
      return v;
    }
    if ((t.size() >= 10 && is_digit(static_cast<unsigned char>(t[0])) && t[4] == '-') ||
        (t.size() >= 3 && is_digit(static_cast<unsigned char>(t[0])) && t[2] == ':')) {
      if (!valid_datetime(t)) fail("invalid date or time '" + quote(b, e) + "'", b);
      Node* v = doc_.make(NodeType::string, b, e);
      v->text = std::string(t);
      return v;
    }
    unsigned char c = static_cast<unsigned char>(t[0]);
    if (!is_digit(c) && c != '+' && c != '-')
      fail("invalid value '" + quote(b, e) + "' (a string needs quotes)", b);
    return number(b, e);
  }

  Node* number(uint32_t b, uint32_t e) {
    std::string_view t = s_.substr(b, e - b);
    auto bad = [&](const std::string& why) { fail("invalid number '" + quote(b, e) + "'" + why, b); };
    size_t p = 0;
    bool overflow = false;
    uint64_t v = 0;
    if (t.size() >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
      int base = t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
      p = 2;
      uint64_t limit = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
      if (!read_digits(t, &p, base, limit, &v, &overflow) || p != t.size()) bad("");
      if (overflow) bad(": out of the 64-bit integer range");
      Node* n = doc_.make(NodeType::integer, b, e);
      n->text = std::to_string(v);
      return n;
    }
    bool neg = t[0] == '-';
    if (t[0] == '+' || t[0] == '-') ++p;
    if (p + 1 < t.size() && t[p] == '0' && (t[p + 1] == 'x' || t[p + 1] == 'o' || t[p + 1] == 'b'))
      bad(": a hexadecimal, octal or binary integer takes no sign");
    size_t int_begin = p;
    uint64_t limit = static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) + (neg ? 1 : 0);
    if (!read_digits(t, &p, 10, limit, &v, &overflow)) bad("");
    if (t[int_begin] == '0' && p - int_begin > 1) bad(": leading zero");
    bool is_float = false;
    if (p < t.size() && t[p] == '.') {
      ++p;
      bool ignored = false;
      if (!read_digits(t, &p, 10, std::numeric_limits<uint64_t>::max(), nullptr, &ignored)) bad("");
      is_float = true;
    }
    if (p < t.size() && (t[p] == 'e' || t[p] == 'E')) {
      ++p;
      if (p < t.size() && (t[p] == '+' || t[p] == '-')) ++p;
      bool ignored = false;
      if (!read_digits(t, &p, 10, std::numeric_limits<uint64_t>::max(), nullptr, &ignored)) bad("");
      is_float = true;
    }
    if (p != t.size()) bad("");
    if (is_float) {
      Node* n = doc_.make(NodeType::floating, b, e);
      n->text = without_underscores(t);
      return n;
    }
    if (overflow) bad(": out of the 64-bit integer range");
    Node* n = doc_.make(NodeType::integer, b, e);
    if (v == 0) n->text = "0";
    else if (neg) n->text = "-" + std::to_string(v);
    else n->text = std::to_string(v);
    return n;
  }

  Table* array(uint16_t parent_depth) {
    uint32_t open = i_;
    Table* rec = make_container(NodeType::seq, open, open + 1, parent_depth, kFrozen, open);
    Node* a = rec->node;
    uint16_t depth = rec->depth;
    ++i_;
    for (;;) {
      skip_array_space();
      if (i_ >= n_) fail("array not closed by ']'", open);
      if (s_[i_] == ']') break;
      Table* ignored = nullptr;  // a static array is never reopened: its items' records are not needed
      Node* v = value(depth, &ignored);
      a->entries.push_back(Entry{std::string(), v->span, v});
      skip_array_space();
      if (i_ >= n_) fail("array not closed by ']'", open);
      if (s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (s_[i_] == ']') break;
      fail("expected ',' or ']' in the array, found " + found(i_), i_);
    }
    ++i_;
    a->span = src_.span(open, i_);
    return rec;
  }

  Table* inline_table(uint16_t parent_depth) {
    uint32_t open = i_;
    Table* t = make_container(NodeType::map, open, open + 1, parent_depth, 0, open);
    uint32_t owner = ++sections_;
    ++i_;
    skip_blanks();
    if (i_ < n_ && s_[i_] == '}') {
      ++i_;
    } else {
      for (;;) {
        if (i_ >= n_) fail("inline table not closed by '}'", open);
        if (s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '#')
          fail("an inline table must be on one line (missing '}'?)", i_);
        keyval(t, owner);
        skip_blanks();
        if (i_ >= n_) fail("inline table not closed by '}'", open);
        if (s_[i_] == ',') {
          uint32_t comma = i_++;
          skip_blanks();
          if (i_ < n_ && s_[i_] == '}') fail("trailing comma in an inline table", comma);
          continue;
        }
        if (s_[i_] == '}') {
          ++i_;
          break;
        }
        if (s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '#')
          fail("an inline table must be on one line (missing '}'?)", i_);
        fail("expected ',' or '}' in the inline table, found " + found(i_), i_);
      }
    }
    t->flags |= kFrozen;
    t->node->span = src_.span(open, i_);
    return t;
  }

  // Strings ------------------------------------------------------------------------------------------------------

  // Checks the byte at i_ that is not plain ASCII (a control character, a line break, or UTF-8) and steps over it
  // into *out. Line breaks are the caller's.
  void other_char(std::string* out, bool literal) {
    unsigned char c = at(i_);
    if (c >= 0x80) {
      size_t len = utf8_length(s_, i_);
      if (!len) fail("invalid UTF-8 in a string", i_);
      out->append(s_.substr(i_, len));
      i_ += static_cast<uint32_t>(len);
      return;
    }
    fail("control character " + hex4(c) + " in a " + (literal ? "literal string" : "string: write it as an escape"), i_);
  }
  // A line break inside a multi-line string: LF or CRLF, decoded as LF (the value does not depend on how the
  // file was checked out).
  void string_newline(std::string* out) {
    if (s_[i_] == '\r') {
      if (i_ + 1 >= n_ || s_[i_ + 1] != '\n') fail("carriage return not followed by a line feed", i_);
      out->push_back('\n');
      i_ += 2;
    } else {
      out->push_back('\n');
      ++i_;
    }
  }
  // At the opening quote(s); the content is [*cb, *ce), i_ ends past the closing quote(s).
  void read_basic(bool ml, std::string* out, uint32_t* cb, uint32_t* ce) {
    uint32_t open = i_;
    i_ += ml ? 3 : 1;
    if (ml && i_ < n_ && (s_[i_] == '\n' || (s_[i_] == '\r' && i_ + 1 < n_ && s_[i_ + 1] == '\n')))
      i_ += s_[i_] == '\r' ? 2 : 1;
    *cb = i_;
    for (;;) {
      if (i_ >= n_) fail(ml ? "multi-line string not closed by '\"\"\"'" : "string not closed by '\"'", open);
      unsigned char c = at(i_);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F) {
        uint32_t j = i_ + 1;
        while (j < n_ && at(j) >= 0x20 && at(j) < 0x7F && s_[j] != '"' && s_[j] != '\\') ++j;
        out->append(s_.substr(i_, j - i_));
        i_ = j;
      } else if (c == '\t') {
        out->push_back('\t');
        ++i_;
      } else if (c == '"') {
        if (!ml) {
          *ce = i_++;
          return;
        }
        uint32_t q = 0;
        while (i_ + q < n_ && s_[i_ + q] == '"') ++q;
        if (q >= 3) {
          if (q > 5) fail("too many quotes: at most two can precede the closing '\"\"\"'", i_);
          out->append(q - 3, '"');
          *ce = i_ + q - 3;
          i_ += q;
          return;
        }
        out->append(q, '"');
        i_ += q;
      } else if (c == '\\') {
        escape(ml, out, open);
      } else if (c == '\n' || c == '\r') {
        if (!ml) fail("string not closed by '\"' before the end of the line", open);
        string_newline(out);
      } else {
        other_char(out, false);
      }
    }
  }

  void escape(bool ml, std::string* out, uint32_t open) {
    uint32_t at_ = i_;
    if (i_ + 1 >= n_) fail(ml ? "multi-line string not closed by '\"\"\"'" : "string not closed by '\"'", open);
    char e = s_[i_ + 1];
    switch (e) {
      case 'b': out->push_back('\b'); i_ += 2; return;
      case 't': out->push_back('\t'); i_ += 2; return;
      case 'n': out->push_back('\n'); i_ += 2; return;
      case 'f': out->push_back('\f'); i_ += 2; return;
      case 'r': out->push_back('\r'); i_ += 2; return;
      case '"': out->push_back('"'); i_ += 2; return;
      case '\\': out->push_back('\\'); i_ += 2; return;
      case 'u':
      case 'U': {
        uint32_t len = e == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (uint32_t k = 0; k < len; ++k) {
          if (i_ + 2 + k >= n_ || !is_hex(at(i_ + 2 + k)))
            fail("invalid escape '" + quote(at_, std::min(n_, i_ + 2 + k + 1)) + "': \\" + e + " takes " +
                     std::to_string(len) + " hexadecimal digits",
                 at_);
          cp = cp * 16 + static_cast<uint32_t>(hex_value(at(i_ + 2 + k)));
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
          fail("invalid escape '" + quote(at_, i_ + 2 + len) + "': not a Unicode scalar value", at_);
        append_utf8(out, cp);
        i_ += 2 + len;
        return;
      }
      default: break;
    }
    if (ml && (e == ' ' || e == '\t' || e == '\n' || e == '\r')) {
      // A line-ending backslash: it, the blanks and line breaks after it go.
      uint32_t j = i_ + 1;
      while (j < n_ && (s_[j] == ' ' || s_[j] == '\t')) ++j;
      if (j < n_ && (s_[j] == '\n' || s_[j] == '\r')) {
        i_ = j;
        std::string ignored;
        while (i_ < n_ && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
          if (s_[i_] == ' ' || s_[i_] == '\t') ++i_;
          else string_newline(&ignored), ignored.clear();
        }
        return;
      }
      if (j >= n_) fail("multi-line string not closed by '\"\"\"'", open);
    }
    fail("invalid escape '" + quote(at_, std::min(n_, at_ + 2)) + "'", at_);
  }

  void read_literal(bool ml, std::string* out, uint32_t* cb, uint32_t* ce) {
    uint32_t open = i_;
    i_ += ml ? 3 : 1;
    if (ml && i_ < n_ && (s_[i_] == '\n' || (s_[i_] == '\r' && i_ + 1 < n_ && s_[i_ + 1] == '\n')))
      i_ += s_[i_] == '\r' ? 2 : 1;
    *cb = i_;
    for (;;) {
      if (i_ >= n_)
        fail(ml ? "multi-line literal string not closed by \"'''\"" : "literal string not closed by \"'\"", open);
      unsigned char c = at(i_);
      if ((c >= 0x20 && c != '\'' && c < 0x7F) || c == '\t') {
        uint32_t j = i_ + 1;
        while (j < n_ && ((at(j) >= 0x20 && at(j) < 0x7F && s_[j] != '\'') || s_[j] == '\t')) ++j;
        out->append(s_.substr(i_, j - i_));
        i_ = j;
      } else if (c == '\'') {
        if (!ml) {
          *ce = i_++;
          return;
        }
        uint32_t q = 0;
        while (i_ + q < n_ && s_[i_ + q] == '\'') ++q;
        if (q >= 3) {
          if (q > 5) fail("too many quotes: at most two can precede the closing \"'''\"", i_);
          out->append(q - 3, '\'');
          *ce = i_ + q - 3;
          i_ += q;
          return;
        }
        out->append(q, '\'');
        i_ += q;
      } else if (c == '\n' || c == '\r') {
        if (!ml) fail("literal string not closed by \"'\" before the end of the line", open);
        string_newline(out);
      } else {
        other_char(out, true);
      }
    }
  }
};

}  // namespace

ParseResult parse_toml(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  const std::string& bytes = src->bytes();
  if (bytes.size() >= std::numeric_limits<uint32_t>::max()) {
    result.error = ParseError{"file too large (4 GiB or more)", 0, src->span(0, 0)};
    return result;
  }
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::toml;
  doc->index = 0;
  doc->root = doc->make(NodeType::map, 0, static_cast<uint32_t>(bytes.size()));
  Parser parser(*src, *doc);
  try {
    parser.run();
  } catch (const Failure&) {
    result.error = std::move(parser.error);
    return result;
  }
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
